package ru.registratura.e2e;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The tests' authenticator app: the codes (RFC 6238, HMAC-SHA-1, six digits, 30 s) of the staff users' second
 * factors, written by hand, no library. The portal takes a code once and only for a step after the last one it
 * took, and steps one ahead of now; so each user's next code here is for the step after the last one given, and
 * when that is more than one step ahead, this waits for the clock.
 */
final class Totp {

    /** The demo admin's secret (the demo region's migration; the README prints it). */
    static final String DEMO_ADMIN = "DEMOADMINTOTPSECRETKEYZZABCDEFGH";
    /** The secret of the admins the tests create ({@link Staff#create}). */
    static final String TEST = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    private static final Map<String, Long> LAST_STEP = new HashMap<>();

    private Totp() {
    }

    /** The secret the tests know for the user (the demo admin's or the created admins'). */
    static String secretOf(String username) {
        return "admin.demo".equals(username.strip().toLowerCase()) ? DEMO_ADMIN : TEST;
    }

    /** The next code for the user that the portal takes (waits up to 30 s when the user logged in just before). */
    static synchronized String next(String username) throws InterruptedException {
        String user = username.strip().toLowerCase();
        long step = Math.max(step(Instant.now()), LAST_STEP.getOrDefault(user, 0L) + 1);
        long waitFrom = System.nanoTime();
        while (step > step(Instant.now()) + 1) {
            Thread.sleep(1000);
        }
        long waited = (System.nanoTime() - waitFrom) / 1_000_000_000L;
        if (waited > 0) {
            // The suite's time spent so: signing a user in again and again within a minute costs half a minute each.
            System.out.println("Totp: waited " + waited + " s for " + user + "'s next code");
        }
        LAST_STEP.put(user, step);
        return code(secretOf(user), step);
    }

    /** A user created afresh starts with no code used. */
    static synchronized void forget(String username) {
        LAST_STEP.remove(username.strip().toLowerCase());
    }

    static long step(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), 30);
    }

    static String code(String base32, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(decode(base32), "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0xf;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            return String.format("%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] decode(String base32) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : base32.replace(" ", "").toUpperCase().toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}
