package ru.registratura.domain.staff;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

/**
 * The shared secret of a staff user's second factor: time-based one-time passwords (TOTP, RFC 6238: HMAC-SHA-1,
 * six digits, 30-second steps, as every authenticator app makes them), written in Base32 as the apps take it. A
 * code is taken for the step of now or the one before or after (a phone's clock may be off by that much), and
 * only for a step after the last one used: a code seen over a shoulder or in a proxy's log cannot be used again.
 */
public final class TotpSecret {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final int BYTES = 20;
    private static final Duration STEP = Duration.ofSeconds(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String base32;
    private final byte[] key;

    private TotpSecret(String base32, byte[] key) {
        this.base32 = base32;
        this.key = key;
    }

    /** A new secret of 160 random bits (RFC 4226's recommended length). */
    public static TotpSecret random() {
        byte[] key = new byte[BYTES];
        RANDOM.nextBytes(key);
        return new TotpSecret(encode(key), key);
    }

    /** A secret as stored or typed: Base32, spaces and case ignored. */
    public static TotpSecret of(String base32) {
        String clean = base32.replace(" ", "").replace("=", "").toUpperCase(Locale.ROOT);
        byte[] key = decode(clean);
        if (key.length < 10) {
            throw new IllegalArgumentException("A TOTP secret needs at least 80 bits");
        }
        return new TotpSecret(clean, key);
    }

    /** The Base32 form, as stored and as a person types it into an app. */
    public String base32() {
        return base32;
    }

    /** The Base32 form in groups of four, easier to type. */
    public String grouped() {
        return base32.replaceAll("(.{4})(?!$)", "$1 ");
    }

    /**
     * The step of the code if it is right for now (or a step before or after) and later than {@code lastStep};
     * empty otherwise (wrong, or used already).
     */
    public OptionalLong verify(String code, Instant now, long lastStep) {
        String digits = code == null ? "" : code.replaceAll("[\\s-]", "");
        if (!digits.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long current = step(now);
        for (long step = current - 1; step <= current + 1; step++) {
            if (step > lastStep && digits.equals(code(step))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The code of the step that holds the instant (the tests' and the demo's authenticator). */
    public String codeAt(Instant instant) {
        return code(step(instant));
    }

    /** The 30-second step that holds the instant. */
    public static long step(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), STEP.toSeconds());
    }

    private String code(long step) {
        try {
            return new TimeBasedOneTimePasswordGenerator(STEP)
                    .generateOneTimePasswordString(new SecretKeySpec(key, "HmacSHA1"), Instant.ofEpochSecond(step * STEP.toSeconds()));
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The {@code otpauth://} address an authenticator app reads from the enrolment's QR code (Google Authenticator's
     * key URI format, which the others share): the portal's name as issuer, the user name as account.
     */
    public String uri(String issuer, String username) {
        String label = URLEncoder.encode(issuer + ":" + username, StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + base32 + "&issuer="
                + URLEncoder.encode(issuer, StandardCharsets.UTF_8).replace("+", "%20") + "&algorithm=SHA1&digits=6&period=30";
    }

    private static String encode(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
        }
        return out.toString();
    }

    private static byte[] decode(String base32) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : base32.toCharArray()) {
            int value = ALPHABET.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("Not Base32");
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }

    @Override
    public String toString() {
        return "TotpSecret[hidden]";
    }
}
