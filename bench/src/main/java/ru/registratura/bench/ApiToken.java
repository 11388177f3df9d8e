package ru.registratura.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Mints a token for the booking API, signed (RS256) by a private key, for trying the API out and for the booking
 * rush's API variant. The key is a PKCS#8 PEM file ({@code openssl genpkey -algorithm RSA -out key.pem}) whose
 * public half was registered by {@code server-config/api-jwt.sh}.
 *
 * <pre>
 * java -cp bench/target/classes ru.registratura.bench.ApiToken --key key.pem --issuer https://hub.example.ru \
 *     --subject my-kiosk --groups kiosk [--audience registratura-api] [--minutes 60]
 * </pre>
 */
public final class ApiToken {

    private ApiToken() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i], args[i + 1]);
        }
        if (!o.containsKey("--key") || !o.containsKey("--issuer") || !o.containsKey("--subject")) {
            System.err.println("Usage: ApiToken --key key.pem --issuer URI --subject NAME [--groups booking-hub,kiosk] "
                    + "[--audience registratura-api] [--minutes 60]");
            System.exit(2);
        }
        String pem = Files.readString(Path.of(o.get("--key"))).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        System.out.println(sign(key, o.get("--issuer"), o.getOrDefault("--audience", "registratura-api"),
                o.get("--subject"), List.of(o.getOrDefault("--groups", "booking-hub").split(",")),
                Long.parseLong(o.getOrDefault("--minutes", "60")) * 60));
    }

    /** A token of the subject in the groups for the issuer and audience, valid from now for that many seconds. */
    public static String sign(PrivateKey key, String issuer, String audience, String subject, List<String> groups,
                              long seconds) throws Exception {
        long now = System.currentTimeMillis() / 1000;
        String claims = "{\"iss\":\"" + issuer + "\",\"aud\":\"" + audience + "\",\"sub\":\"" + subject + "\",\"upn\":\""
                + subject + "\",\"iat\":" + now + ",\"exp\":" + (now + seconds) + ",\"jti\":\"" + UUID.randomUUID()
                + "\",\"groups\":[" + groups.stream().map(g -> "\"" + g.strip() + "\"").collect(Collectors.joining(","))
                + "]}";
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String input = url.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + url.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + url.encodeToString(signature.sign());
    }
}
