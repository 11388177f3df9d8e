package ru.registratura.interfaces.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The bundles of both modules (pages, JSF messages, mails): Russian in the base bundle only, English with the same
 * keys and the same placeholders, and a Russian reader gets Russian whatever the server's default locale.
 */
class BundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    /** Every base bundle of the project that has an English copy. */
    private static List<Path> bases() throws IOException {
        List<Path> bases = new ArrayList<>();
        for (String module : List.of("../web", "../ejb")) {
            try (Stream<Path> files = Files.walk(Path.of(module, "src/main/resources"))) {
                files.filter(f -> f.getFileName().toString().endsWith("_en.properties"))
                        .map(f -> f.resolveSibling(f.getFileName().toString().replace("_en.properties", ".properties")))
                        .forEach(bases::add);
            }
        }
        return bases;
    }

    private static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Path sibling(Path base, String suffix) {
        return base.resolveSibling(base.getFileName().toString().replace(".properties", suffix + ".properties"));
    }

    @Test
    void theProjectHasItsEightBundles() throws IOException {
        assertEquals(Set.of("messages.properties", "faces.properties", "ValidationMessages.properties",
                "cancellation.properties", "reminder.properties", "ticket.properties", "calendar.properties",
                "waitlist.properties"), new TreeSet<>(bases().stream().map(b -> b.getFileName().toString()).toList()));
    }

    @Test
    void englishHasTheKeysAndPlaceholdersOfTheRussianBase() throws IOException {
        for (Path base : bases()) {
            Properties russian = read(base);
            Properties english = read(sibling(base, "_en"));
            assertFalse(russian.isEmpty(), base.toString());
            assertEquals(new TreeSet<>(russian.stringPropertyNames()), new TreeSet<>(english.stringPropertyNames()),
                    "the keys of " + base + " and its English copy");
            for (String key : russian.stringPropertyNames()) {
                assertEquals(placeholders(russian.getProperty(key)), placeholders(english.getProperty(key)),
                        "the placeholders of " + key + " in " + base);
            }
        }
    }

    @Test
    void russianLivesInTheBaseOnly() throws IOException {
        for (Path base : bases()) {
            Path russian = sibling(base, "_ru");
            assertTrue(Files.exists(russian), russian + " must exist, so that Russian does not fall back to the default");
            assertTrue(read(russian).isEmpty(), russian + " holds no texts: the base is the one Russian copy");
        }
    }

    @Test
    void aRussianReaderGetsRussianOnAnEnglishServer() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            ResourceBundle.clearCache();
            ResourceBundle russian = ResourceBundle.getBundle("ru.registratura.interfaces.i18n.messages",
                    Locale.forLanguageTag("ru"));
            assertEquals("Электронная регистратура", russian.getString("portal.name"));
            ResourceBundle english = ResourceBundle.getBundle("ru.registratura.interfaces.i18n.messages",
                    Locale.ENGLISH);
            assertFalse(english.getString("portal.name").equals(russian.getString("portal.name")));
        } finally {
            Locale.setDefault(before);
            ResourceBundle.clearCache();
        }
    }
}
