package ru.registratura.infrastructure.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Deletes the import's uploaded file once the job is over, whatever its outcome (completed, failed or stopped):
 * the file holds the whole population's names, policies and SNILS, and nothing reads it after the job.
 */
@Named
@Dependent
public class RegisterImportJobListener extends AbstractJobListener {

    private static final Logger LOG = Logger.getLogger(RegisterImportJobListener.class.getName());

    @Inject
    @BatchProperty
    String file;

    @Override
    public void afterJob() {
        try {
            Files.deleteIfExists(Path.of(file));
        } catch (Exception e) {
            // The file's name only: it says nothing of anyone.
            LOG.log(Level.WARNING, "The register file " + file + " could not be deleted", e);
        }
    }
}
