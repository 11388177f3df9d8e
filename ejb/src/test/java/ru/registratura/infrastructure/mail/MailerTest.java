package ru.registratura.infrastructure.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

/**
 * A domain without the mail session (here: no naming service at all) sends no mail, tells the caller so that it
 * keeps the notification alone, and says it in the log once, without the address or the text.
 */
class MailerTest {

    @Test
    void withoutAMailSessionNothingIsSentAndTheLogSaysSoOnce() {
        List<LogRecord> records = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(Mailer.class.getName());
        logger.addHandler(handler);
        try {
            Mailer mailer = new Mailer();
            assertFalse(mailer.send("ivanova@example.ru", "Напоминание", "Иванова Мария, приём завтра"));
            assertFalse(mailer.send("petrov@example.ru", "Напоминание", "Петров Николай, приём завтра"));
        } finally {
            logger.removeHandler(handler);
        }
        assertEquals(1, records.size(), "said once");
        String message = records.get(0).getMessage();
        assertTrue(message.contains("mail/registratura"), message);
        assertFalse(message.contains("example.ru") || message.contains("Иванова"), "no address, no text: " + message);
    }
}
