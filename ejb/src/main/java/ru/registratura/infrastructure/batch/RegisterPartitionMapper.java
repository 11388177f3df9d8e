package ru.registratura.infrastructure.batch;

import java.util.Properties;

import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/**
 * Splits the load into one partition per processor (at most four): each reads the whole file and checks and
 * writes the lines of its people, so that checking in Java and writing in the database overlap.
 */
@Named
@Dependent
public class RegisterPartitionMapper implements PartitionMapper {

    static final int MAX_PARTITIONS = 4;

    @Override
    public PartitionPlan mapPartitions() {
        int partitions = Math.max(1, Math.min(MAX_PARTITIONS, Runtime.getRuntime().availableProcessors()));
        Properties[] properties = new Properties[partitions];
        for (int i = 0; i < partitions; i++) {
            properties[i] = new Properties();
            properties[i].setProperty("partition", String.valueOf(i));
            properties[i].setProperty("partitions", String.valueOf(partitions));
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(partitions);
        plan.setThreads(partitions);
        plan.setPartitionProperties(properties);
        return plan;
    }
}
