package ru.registratura.infrastructure.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens an attachment register file as text: UTF-8 (a byte order mark is skipped) when its first 64 KiB decode
 * as UTF-8, else Windows-1251, the other encoding the funds' exports come in.
 */
public final class RegisterFiles {

    private static final int SNIFF = 64 * 1024;
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private RegisterFiles() {
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
