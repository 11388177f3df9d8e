package ru.registratura.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BannerLinkTest {

    @Test
    void onlyWebAddressesAndPortalPathsAreLinks() {
        assertTrue(BannerAdminService.safeLink("https://www.gosuslugi.ru/10069/1"));
        assertTrue(BannerAdminService.safeLink("http://minzdrav.irkutsk.ru/"));
        assertTrue(BannerAdminService.safeLink("/institutions.xhtml"));
        assertFalse(BannerAdminService.safeLink("javascript:alert(1)"));
        assertFalse(BannerAdminService.safeLink("JaVaScRiPt:alert(1)"));
        assertFalse(BannerAdminService.safeLink("data:text/html,<script>"));
        assertFalse(BannerAdminService.safeLink("//evil.example/"), "a protocol-relative address is not a path");
        assertFalse(BannerAdminService.safeLink("https://x.ru/\"onmouseover=\"alert(1)"));
        assertFalse(BannerAdminService.safeLink("https://" + "a".repeat(500)));
    }
}
