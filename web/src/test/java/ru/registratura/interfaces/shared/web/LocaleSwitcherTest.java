package ru.registratura.interfaces.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LocaleSwitcherTest {

    @Test
    void aLanguageLinkKeepsThePagesParametersAndOnlyKnownLanguagesCount() {
        assertEquals("en", LocaleSwitcher.asked("specialty=3&lang=en"));
        assertEquals("ru", LocaleSwitcher.asked("lang=ru"));
        assertNull(LocaleSwitcher.asked("lang=de"), "a language the portal does not have");
        assertNull(LocaleSwitcher.asked("language=en"));
        assertNull(LocaleSwitcher.asked(null));
        assertEquals("specialty=3&day=2026-12-03", LocaleSwitcher.withoutLanguage("specialty=3&lang=en&day=2026-12-03"));
        assertEquals("", LocaleSwitcher.withoutLanguage("lang=en"));
        assertEquals("", LocaleSwitcher.withoutLanguage(null));
    }

    @Test
    void withoutACookieThePagesAreRussian() {
        assertEquals("ru", new LocaleSwitcher().getLocale().getLanguage());
    }
}
