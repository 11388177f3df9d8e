package ru.registratura.interfaces.staff.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import ru.registratura.application.RegisterImportService;
import ru.registratura.application.StaffAccessDeniedException;
import ru.registratura.application.StaffActor;
import ru.registratura.domain.attachment.InvalidRegisterFileException;
import ru.registratura.infrastructure.batch.RegisterFiles;

/**
 * An uploaded register file, from the page's uploader ({@link RegisterPage}) or the plain form's servlet
 * ({@link RegisterUploadServlet}): written, readable by the server alone, to the import folder, and the import job
 * started on it. A file that is not a register, or an upload by someone who may not import, is deleted again.
 */
final class RegisterUploads {

    private RegisterUploads() {
    }

    /** Returns the import's id. */
    static long start(RegisterImportService imports, StaffActor actor, String fileName, InputStream content,
                      Optional<String> importDir) throws IOException {
        Path file = RegisterFiles.writePrivate(content, RegisterFiles.privateFolder(importDir.orElse(null)));
        try {
            return imports.start(actor, fileName, file);
        } catch (InvalidRegisterFileException | StaffAccessDeniedException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }
}
