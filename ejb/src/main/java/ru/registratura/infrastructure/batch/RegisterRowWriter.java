package ru.registratura.infrastructure.batch;

import java.util.List;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.registratura.infrastructure.persistence.JdbcRegisterStore;

/** Writes a chunk of checked lines and advances the import's counters, in the chunk's transaction. */
@Named
@Dependent
public class RegisterRowWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    String importId;

    @Inject
    JdbcRegisterStore store;

    @Override
    public void writeItems(List<Object> items) {
        store.write(Long.parseLong(importId), items);
    }
}
