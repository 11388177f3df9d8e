package ru.registratura.infrastructure.batch;

import java.io.BufferedReader;
import java.nio.file.Path;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.registratura.domain.attachment.RegisterFileFormat;
import ru.registratura.domain.attachment.RegisterRowParser;
import ru.registratura.infrastructure.config.RegionSettings;
import ru.registratura.infrastructure.persistence.JdbcRegisterStore;

/**
 * Checks the lines of its partition (see {@link RegisterFileFormat#partitionOf}); each line checked is a {@link ru.registratura.domain.attachment.RegisterRow} or a
 * {@link ru.registratura.domain.attachment.RegisterRejection} for the writer; blank lines and other partitions'
 * lines are skipped.
 */
@Named
@Dependent
public class RegisterRowProcessor implements ItemProcessor {

    @Inject
    @BatchProperty
    String file;

    @Inject
    @BatchProperty
    String partition;

    @Inject
    @BatchProperty
    String partitions;

    @Inject
    JdbcRegisterStore store;

    @Inject
    RegionSettings region;

    private RegisterRowParser parser;
    private RegisterFileFormat format;
    private int mine;
    private int of;

    @Override
    public Object processItem(Object item) throws Exception {
        if (parser == null) {
            String header;
            try (BufferedReader reader = RegisterFiles.open(Path.of(file))) {
                header = reader.readLine();
            }
            format = RegisterFileFormat.ofHeader(header);
            parser = new RegisterRowParser(format, store.institutionsByCode(), store.districts(), region.today());
            mine = partition == null ? 0 : Integer.parseInt(partition);
            of = partitions == null ? 1 : Integer.parseInt(partitions);
        }
        RawLine line = (RawLine) item;
        if (of > 1 && (line.text().isBlank() || format.partitionOf(line.number(), line.text(), of) != mine)) {
            return null;
        }
        return parser.parse(line.number(), line.text());
    }
}
