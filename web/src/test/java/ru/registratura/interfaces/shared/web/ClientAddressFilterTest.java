package ru.registratura.interfaces.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class ClientAddressFilterTest {

    private final List<ClientAddressFilter.Range> trusted = ClientAddressFilter.parse("10.0.0.0/8, 192.168.1.5, ::1");

    private String client(String proxy, String... forwardedFor) {
        return ClientAddressFilter.client(trusted, proxy, Collections.enumeration(List.of(forwardedFor)));
    }

    @Test
    void rangesAndSingleAddressesAreTrusted() {
        assertTrue(ClientAddressFilter.isTrusted(trusted, "10.20.30.40"));
        assertTrue(ClientAddressFilter.isTrusted(trusted, "192.168.1.5"));
        assertTrue(ClientAddressFilter.isTrusted(trusted, "0:0:0:0:0:0:0:1"));
        assertFalse(ClientAddressFilter.isTrusted(trusted, "192.168.1.6"));
        assertFalse(ClientAddressFilter.isTrusted(trusted, "11.0.0.1"));
        assertFalse(ClientAddressFilter.isTrusted(trusted, "proxy.example.ru"), "names are never looked up");
    }

    @Test
    void theClientIsTheRightmostAddressThatIsNotATrustedProxy() {
        assertEquals("203.0.113.7", client("10.0.0.2", "203.0.113.7"));
        // A client's own X-Forwarded-For is kept by the proxy at the left: it cannot claim another address.
        assertEquals("203.0.113.7", client("10.0.0.2", "198.51.100.1, 203.0.113.7"));
        assertEquals("203.0.113.7", client("10.0.0.2", "198.51.100.1, 203.0.113.7, 10.0.0.9"));
        assertEquals("203.0.113.7", client("10.0.0.2", "198.51.100.1", "203.0.113.7, 10.0.0.9"));
        assertEquals("10.0.0.3", client("10.0.0.2", "10.0.0.3, 10.0.0.9"), "all trusted: the leftmost");
        assertEquals("10.0.0.2", client("10.0.0.2"), "no header: the proxy itself");
    }

    @Test
    void aSettingThatIsNotAnAddressIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ClientAddressFilter.parse("proxy.example.ru"));
        assertThrows(IllegalArgumentException.class, () -> ClientAddressFilter.parse("10.0.0.0/33"));
        assertTrue(ClientAddressFilter.parse(" ").isEmpty());
    }
}
