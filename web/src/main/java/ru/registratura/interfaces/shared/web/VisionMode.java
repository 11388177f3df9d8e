package ru.registratura.interfaces.shared.web;

import java.util.Locale;

/**
 * The version for the visually impaired (GOST R 52872-2019), as the visitor set it up: the font size (three steps
 * above the usual one), the colour scheme (black on white, white on black, dark blue on light blue) and whether
 * images are shown. Kept in a cookie as one token such as {@code 2-black-noimages}; the usual version is no cookie.
 *
 * @param font   1, 2 or 3: 150 %, 200 % and 250 % of the usual size
 * @param scheme the colours
 * @param images whether images are shown
 */
public record VisionMode(int font, Scheme scheme, boolean images) {

    /** The colour schemes the standard names. */
    public enum Scheme {
        WHITE, BLACK, BLUE
    }

    /** What a visitor gets when they turn the version on: the first larger size, black on white, images shown. */
    public static final VisionMode FIRST = new VisionMode(1, Scheme.WHITE, true);

    public VisionMode {
        if (font < 1 || font > 3 || scheme == null) {
            throw new IllegalArgumentException("No such mode");
        }
    }

    /** The mode a cookie's value names; null for the usual version or a value that names no mode. */
    public static VisionMode parse(String value) {
        if (value == null) {
            return null;
        }
        String[] parts = value.split("-");
        if (parts.length != 3 || parts[0].length() != 1 || !Character.isDigit(parts[0].charAt(0))
                || !(parts[2].equals("images") || parts[2].equals("noimages"))) {
            return null;
        }
        int font = parts[0].charAt(0) - '0';
        for (Scheme scheme : Scheme.values()) {
            if (scheme.name().toLowerCase(Locale.ROOT).equals(parts[1]) && font >= 1 && font <= 3) {
                return new VisionMode(font, scheme, parts[2].equals("images"));
            }
        }
        return null;
    }

    /**
     * The mode after the visitor's choice from the switch: {@code on}, {@code off}, {@code font1}…{@code font3},
     * {@code white}, {@code black}, {@code blue}, {@code images}, {@code noimages}. Null for the usual version;
     * a choice the switch does not have leaves the mode as it was.
     */
    public static VisionMode choose(VisionMode current, String choice) {
        if ("off".equals(choice)) {
            return null;
        }
        VisionMode mode = current == null ? FIRST : current;
        if (choice == null || "on".equals(choice)) {
            return mode;
        }
        if (choice.length() == 5 && choice.startsWith("font") && choice.charAt(4) >= '1' && choice.charAt(4) <= '3') {
            return new VisionMode(choice.charAt(4) - '0', mode.scheme, mode.images);
        }
        if ("images".equals(choice) || "noimages".equals(choice)) {
            return new VisionMode(mode.font, mode.scheme, "images".equals(choice));
        }
        for (Scheme scheme : Scheme.values()) {
            if (scheme.name().toLowerCase(Locale.ROOT).equals(choice)) {
                return new VisionMode(mode.font, scheme, mode.images);
            }
        }
        return current;
    }

    /** The cookie's value. */
    public String value() {
        return font + "-" + scheme.name().toLowerCase(Locale.ROOT) + "-" + (images ? "images" : "noimages");
    }

    /** The classes of the page's root element that the style sheet reads. */
    public String classes() {
        return "vision vision--font" + font + " vision--" + scheme.name().toLowerCase(Locale.ROOT)
                + (images ? "" : " vision--noimages");
    }

    /** Whether a choice of the switch is what this mode shows (the switch marks it as current). */
    public boolean shows(String choice) {
        return choice.equals("font" + font) || choice.equals(scheme.name().toLowerCase(Locale.ROOT))
                || choice.equals(images ? "images" : "noimages");
    }
}
