package ru.registratura.interfaces.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import ru.registratura.interfaces.shared.web.VisionMode.Scheme;

class VisionModeTest {

    @Test
    void turningTheVersionOnGivesTheFirstLargerFontBlackOnWhiteWithImages() {
        VisionMode on = VisionMode.choose(null, "on");
        assertEquals(new VisionMode(1, Scheme.WHITE, true), on);
        assertEquals("1-white-images", on.value());
        assertEquals("vision vision--font1 vision--white", on.classes());
    }

    @Test
    void eachChoiceChangesOneThingAndKeepsTheOthers() {
        VisionMode mode = VisionMode.choose(VisionMode.FIRST, "font3");
        mode = VisionMode.choose(mode, "black");
        mode = VisionMode.choose(mode, "noimages");
        assertEquals(new VisionMode(3, Scheme.BLACK, false), mode);
        assertEquals("vision vision--font3 vision--black vision--noimages", mode.classes());
        assertTrue(mode.shows("font3") && mode.shows("black") && mode.shows("noimages"));
        assertFalse(mode.shows("font1") || mode.shows("white") || mode.shows("images"));
        assertEquals(new VisionMode(3, Scheme.BLUE, false), VisionMode.choose(mode, "blue"));
        assertNull(VisionMode.choose(mode, "off"), "the usual version");
    }

    @Test
    void aChoiceOrCookieTheSwitchDoesNotHaveChangesNothing() {
        VisionMode mode = new VisionMode(2, Scheme.BLUE, true);
        assertEquals(mode, VisionMode.choose(mode, "font9"));
        assertEquals(mode, VisionMode.choose(mode, "<script>"));
        assertNull(VisionMode.choose(null, "font9"), "no mode turned on by a choice it does not have");
        assertEquals(mode, VisionMode.parse(mode.value()));
        for (String cookie : new String[] {null, "", "4-white-images", "0-white-images", "1-red-images",
                "1-white-none", "x-white-images", "1-white-images-more", "\" onload=\"x"}) {
            assertNull(VisionMode.parse(cookie), "no mode from the cookie " + cookie);
        }
    }
}
