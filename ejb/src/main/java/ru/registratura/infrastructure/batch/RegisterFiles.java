package ru.registratura.infrastructure.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.UUID;

/**
 * Uploaded attachment register files: kept in a folder of the server's user only until the import job is over
 * (its listener deletes the file whatever the outcome), and opened as text: UTF-8 (a byte order mark is skipped)
 * when the first 64 KiB decode as UTF-8, else Windows-1251, the other encoding the funds' exports come in.
 */
public final class RegisterFiles {

    private static final int SNIFF = 64 * 1024;
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private RegisterFiles() {
    }

    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    /**
     * The folder where uploaded files wait for their import: the configured one, else {@code registratura-register}
     * in the domain's own folder (not the shared temporary folder, where anyone could create it first). Made readable
     * by the server's user only (0700); a folder that exists with other permissions is put to 0700.
     */
    public static Path privateFolder(String configured) throws IOException {
        String instanceRoot = System.getProperty("com.sun.aas.instanceRoot");
        Path folder = configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(instanceRoot != null ? instanceRoot : System.getProperty("java.io.tmpdir"), "registratura-register");
        boolean posix = folder.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (!Files.isDirectory(folder)) {
            if (posix) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER));
            } else {
                Files.createDirectories(folder);
            }
        }
        if (posix && !Files.getPosixFilePermissions(folder).equals(OWNER_ONLY_FOLDER)) {
            Files.setPosixFilePermissions(folder, OWNER_ONLY_FOLDER);
        }
        return folder;
    }

    /** Writes an upload into a new file of the folder, readable by the server's user only (0600). */
    public static Path writePrivate(InputStream upload, Path folder) throws IOException {
        Path file = folder.resolve("import-" + UUID.randomUUID() + ".csv");
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
        } else {
            Files.createFile(file);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            upload.transferTo(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return file;
    }

    public static BufferedReader open(Path file) throws IOException {
        Charset charset = charsetOf(file);
        BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), charset), 1 << 16);
        if (charset == StandardCharsets.UTF_8) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
        }
        return reader;
    }

    /** How many lines the file has (its header included): the progress bar's 100 %. */
    public static int countLines(Path file) throws IOException {
        int lines = 0;
        boolean pending = false;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                        pending = false;
                    } else {
                        pending = true;
                    }
                }
            }
        }
        return pending ? lines + 1 : lines;
    }

    private static Charset charsetOf(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF);
        }
        int length = head.length;
        if (length == SNIFF) {
            // Do not judge a character cut at the end of the sample: back off to the start of the last one.
            while (length > 0 && (head[length - 1] & 0xC0) == 0x80) {
                length--;
            }
            if (length > 0 && (head[length - 1] & 0x80) != 0) {
                length--;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(head, 0, length));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return WINDOWS_1251;
        }
    }
}
