import java.nio.ByteBuffer;
import java.time.Instant;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Prints the current code (RFC 6238: HMAC-SHA-1, six digits, 30 s) of a second factor's Base32 secret, as an
 * authenticator app would show it: for trying the demo admin's login without a phone. Development only.
 *
 *   java server-config/demo/TotpCode.java DEMOADMINTOTPSECRETKEYZZABCDEFGH
 */
public class TotpCode {

    public static void main(String[] args) throws Exception {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        java.io.ByteArrayOutputStream key = new java.io.ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : args[0].replace(" ", "").toUpperCase().toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                key.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        long now = Instant.now().getEpochSecond();
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(key.toByteArray(), "HmacSHA1"));
        byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(now / 30).array());
        int offset = hash[hash.length - 1] & 0xf;
        int code = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16) | ((hash[offset + 2] & 0xff) << 8)
                | (hash[offset + 3] & 0xff);
        System.out.printf("%06d (valid for %d more seconds)%n", code % 1_000_000, 30 - now % 30);
    }
}
