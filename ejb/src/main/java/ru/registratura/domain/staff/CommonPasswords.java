package ru.registratura.domain.staff;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The list of common passwords shipped with the application ({@code common-passwords.txt} beside this class: the
 * 10,000 most common of the zxcvbn-ts project's list, and a few Russian and portal words). A password is common when
 * it is on the list, or is a listed word of four letters or more with only digits and signs around it, as people
 * lengthen a password to pass the length rule («Password2026!», «2026qwerty!!»).
 */
final class CommonPasswords {

    private static final Pattern AROUND = Pattern.compile("^[^\\p{L}]+|[^\\p{L}]+$");

    private CommonPasswords() {
    }

    /** Loaded at the first check. */
    private static final class List {
        static final Set<String> WORDS = load();
    }

    static boolean isCommon(String password) {
        String lower = password.strip().toLowerCase(Locale.ROOT);
        if (List.WORDS.contains(lower)) {
            return true;
        }
        String core = AROUND.matcher(lower).replaceAll("");
        return core.length() >= 4 && List.WORDS.contains(core);
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>(16_384);
        try (InputStream in = CommonPasswords.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
