package ru.registratura.infrastructure.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.BufferedReader;
import java.nio.file.Path;
import ru.registratura.domain.attachment.RegisterFileFormat;
import ru.registratura.domain.attachment.RegisterRowParser;
import ru.registratura.infrastructure.config.RegionSettings;
import ru.registratura.infrastructure.persistence.JdbcRegisterStore;

/**
 * Checks each line: a {@link ru.registratura.domain.attachment.RegisterRow} or a
 * {@link ru.registratura.domain.attachment.RegisterRejection} goes to the writer; a blank line is skipped.
 */
@Named
@Dependent
public class RegisterRowProcessor implements ItemProcessor {

    @Inject
    @BatchProperty
    String file;

    @Inject
    JdbcRegisterStore store;

    @Inject
    RegionSettings region;

    private RegisterRowParser parser;

    @Override
    public Object processItem(Object item) throws Exception {
        if (parser == null) {
            String header;
            try (BufferedReader reader = RegisterFiles.open(Path.of(file))) {
                header = reader.readLine();
            }
            parser = new RegisterRowParser(RegisterFileFormat.ofHeader(header), store.institutionsByCode(),
                    store.districts(), region.today());
        }
        RawLine line = (RawLine) item;
        return parser.parse(line.number(), line.text());
    }
}
