package ru.registratura.infrastructure.esia;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** The signed strings of docs/esia-protocol.md section 3, with ESIA's timestamp format. */
class SignedStringsTest {

    private static final String STATE = "93a53102-cf5a-45e6-99f2-a50499cfe87b";
    private static final String TIME = "2025.09.02 13:00:29 +0300";

    @Test
    void timestampIsEsiasFormatWithAnOffsetWithoutColon() {
        Instant instant = Instant.parse("2025-09-02T10:00:29Z");
        assertEquals(TIME, SignedStrings.timestamp(instant, ZoneId.of("Europe/Moscow")));
        assertEquals("2025.09.02 18:00:29 +0800", SignedStrings.timestamp(instant, ZoneId.of("Asia/Irkutsk")));
    }

    @Test
    void v1IsScopeTimestampClientIdState() {
        assertEquals("openid fullname" + TIME + "REGISTRATURA" + STATE,
                SignedStrings.v1("openid fullname", TIME, "REGISTRATURA", STATE));
    }

    @Test
    void v2IsClientIdScopeTimestampStateRedirectUri() {
        assertEquals("REGISTRATURAopenid fullname" + TIME + STATE + "https://p/cb",
                SignedStrings.v2Authorization("REGISTRATURA", "openid fullname", TIME, STATE, "https://p/cb"));
    }

    @Test
    void v3AddsTheCode() {
        assertEquals("REGISTRATURAopenid fullname" + TIME + STATE + "https://p/cb" + "c0de",
                SignedStrings.v3Token("REGISTRATURA", "openid fullname", TIME, STATE, "https://p/cb", "c0de"));
    }
}
