package ru.registratura.infrastructure.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegisterUploadFilesTest {

    @TempDir
    Path temp;

    @Test
    void uploadsWaitInAFolderAndFilesOfTheServersUserOnly() throws Exception {
        Path folder = RegisterFiles.privateFolder(temp.resolve("uploads").toString());
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
        Path file = RegisterFiles.writePrivate(new ByteArrayInputStream("ENP;FAM\n".getBytes(StandardCharsets.UTF_8)), folder);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("ENP;FAM\n", Files.readString(file));
    }

    @Test
    void aFolderMadeEarlierWithWiderPermissionsIsClosed() throws Exception {
        Path shared = Files.createDirectory(temp.resolve("shared"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxrwxrwx")));
        RegisterFiles.privateFolder(shared.toString());
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(shared)));
    }

    @Test
    void theJobsListenerDeletesTheFileWhateverTheOutcome() throws Exception {
        Path file = Files.writeString(temp.resolve("import.csv"), "x");
        RegisterImportJobListener listener = new RegisterImportJobListener();
        listener.file = file.toString();
        listener.afterJob();
        assertFalse(Files.exists(file));
        listener.afterJob();
        assertTrue(Files.notExists(file), "a file already gone is no error");
    }
}
