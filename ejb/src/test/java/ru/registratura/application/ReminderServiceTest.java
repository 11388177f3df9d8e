package ru.registratura.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class ReminderServiceTest {

    @Test
    void aFailedReminderIsLoggedWithoutTheSmtpReplyAndItsAddress() {
        Exception reply = new IllegalStateException("550 5.1.1 <ivanova@example.ru>: Recipient address rejected");
        String line = ReminderService.notSent(4711, reply);
        assertEquals("The reminder mail of appointment 4711 was not sent: IllegalStateException", line);
        assertFalse(line.contains("@"), line);
    }
}
