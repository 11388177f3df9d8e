package ru.registratura.domain.content;

/** The links an admin may put on a public page: an http(s) address, never a script. */
public final class SafeLinks {

    public static final int MAX = 500;

    private SafeLinks() {
    }

    /** An {@code https://} or {@code http://} address without spaces, quotes or angle brackets, at most 500 characters. */
    public static boolean isSafe(String url) {
        return url != null && url.length() <= MAX && url.matches("(?i)https?://[^\\s\"<>]+");
    }
}
