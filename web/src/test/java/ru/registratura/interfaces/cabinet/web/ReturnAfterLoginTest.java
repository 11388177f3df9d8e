package ru.registratura.interfaces.cabinet.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReturnAfterLoginTest {

    @Test
    void onlyAPathOfTheCabinetIsFollowedAfterTheLogin() {
        assertTrue(ReturnAfterLogin.safe("/cabinet/book.xhtml?specialty=3&doctor=12"));
        assertTrue(ReturnAfterLogin.safe("/cabinet/appointment.xhtml?id=10006"));
        for (String unsafe : new String[] {null, "https://evil.example/", "//evil.example/cabinet/",
                "/cabinet//evil.example", "/cabinet/../staff/index.xhtml", "/cabinet/\\evil", "/staff/index.xhtml",
                "/cabinet/login.xhtml?reason=required", "/cabinet/book.xhtml\r\nSet-Cookie: x=1",
                "/cabinet/" + "x".repeat(600)}) {
            assertFalse(ReturnAfterLogin.safe(unsafe), "followed: " + unsafe);
        }
    }
}
