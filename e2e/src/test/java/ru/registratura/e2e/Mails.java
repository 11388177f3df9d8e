package ru.registratura.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;

/** What the portal's mails say: their text, and the appointment's calendar file they carry (RFC 5545). */
final class Mails {

    private Mails() {
    }

    /** The mails GreenMail has received for the address, in the order they came. */
    static List<MimeMessage> to(GreenMail smtp, String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return address.equals(m.getAllRecipients()[0].toString());
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The mail's subject. */
    static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The mail's text: the whole body of a plain mail, the first part of one with attachments. */
    static String text(MimeMessage mail) throws IOException, MessagingException {
        Object content = mail.getContent();
        if (content instanceof Multipart parts) {
            return String.valueOf(parts.getBodyPart(0).getContent());
        }
        return String.valueOf(content);
    }

    /** The attached {@code text/calendar} part's text with the METHOD its type names ({@code method=...}); or null. */
    static String calendar(MimeMessage mail, String method) throws IOException, MessagingException {
        if (!(mail.getContent() instanceof Multipart parts)) {
            return null;
        }
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType("text/calendar") && part.getContentType().toLowerCase().contains("method=" + method.toLowerCase())) {
                try (InputStream in = part.getInputStream()) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        return null;
    }
}
