package ru.registratura.infrastructure.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.file.Files;
import java.nio.file.Path;
import ru.registratura.application.RegisterImportService;

/**
 * The import's last step: the register is loaded, so the pending and NOT_FOUND attachment searches run again
 * against it; then the import is complete and its uploaded file deleted.
 */
@Named
@Dependent
public class AttachmentResearchBatchlet extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String importId;

    @Inject
    @BatchProperty
    String file;

    @Inject
    RegisterImportService imports;

    @Override
    public String process() throws Exception {
        imports.researchAfter(Long.parseLong(importId));
        Files.deleteIfExists(Path.of(file));
        return "COMPLETED";
    }
}
