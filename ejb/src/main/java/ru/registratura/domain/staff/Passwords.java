package ru.registratura.domain.staff;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Staff passwords: PBKDF2 with HMAC-SHA-512, 210,000 iterations (OWASP's figure for it), a random 32-byte
 * salt, stored as {@code algorithm:iterations:salt:hash} in Base64 (the format of Jakarta Security's
 * {@code Pbkdf2PasswordHash}, so either can verify the other's hashes). A stored hash names its own
 * algorithm and iterations, so that raising them later keeps old hashes valid.
 */
public final class Passwords {

    /** The shortest password accepted. */
    public static final int MIN_LENGTH = 12;

    private static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    private static final int ITERATIONS = 210_000;
    private static final int SALT_BYTES = 32;
    private static final int KEY_BYTES = 64;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Verified against when the user name is unknown, so that the answer takes as long as for a known one. */
    private static final String DUMMY = hash("not a password of anyone".toCharArray());

    private Passwords() {
    }

    public static String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] key = derive(ALGORITHM, password, salt, ITERATIONS, KEY_BYTES);
        Base64.Encoder base64 = Base64.getEncoder();
        return ALGORITHM + ":" + ITERATIONS + ":" + base64.encodeToString(salt) + ":" + base64.encodeToString(key);
    }

    /** Whether the password matches the stored hash; false for a hash that is not of this format. */
    public static boolean verify(char[] password, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split(":");
        if (parts.length != 4 || !parts[0].startsWith("PBKDF2WithHmac")) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            byte[] actual = derive(parts[0], password, salt, iterations, expected.length);
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Spends the time of a verification for a user name that does not exist. */
    public static void verifyNobody(char[] password) {
        verify(password, DUMMY);
    }

    /**
     * What is wrong with a new password, as a message key of the staff pages: too short, the user name in
     * it, a common password (with digits or signs around it, too), or only letters or only digits. Empty when it is
     * acceptable.
     */
    public static Optional<String> weakness(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("staff.password.tooShort");
        }
        if (username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("staff.password.containsUsername");
        }
        if (CommonPasswords.isCommon(password)) {
            return Optional.of("staff.password.common");
        }
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean other = password.chars().anyMatch(c -> !Character.isLetter(c));
        if (!letter || !other) {
            return Optional.of("staff.password.tooSimple");
        }
        return Optional.empty();
    }

    private static byte[] derive(String algorithm, char[] password, byte[] salt, int iterations, int keyBytes) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, keyBytes * 8);
        try {
            return SecretKeyFactory.getInstance(algorithm).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is not available: " + algorithm, e);
        } finally {
            spec.clearPassword();
        }
    }

    /** Overwrites a password in memory once it is no longer needed. */
    public static void wipe(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }
}
