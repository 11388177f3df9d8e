package ru.registratura.infrastructure.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.registratura.application.RegisterImportService;

/**
 * The import's last step: the register is loaded, so the pending and NOT_FOUND attachment searches run again
 * against it; then the import is complete ({@link RegisterImportJobListener} deletes its file).
 */
@Named
@Dependent
public class AttachmentResearchBatchlet extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String importId;

    @Inject
    RegisterImportService imports;

    @Override
    public String process() throws Exception {
        imports.researchAfter(Long.parseLong(importId));
        return "COMPLETED";
    }
}
