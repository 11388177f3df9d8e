package ru.registratura.domain.directory;

/**
 * What a lazy directory list shows: the rows whose name or code contains the text (any case; blank: all), sorted by
 * one of the list's columns ({@code null}: its default order).
 */
public record DirectoryFilter(String text, String sortBy, boolean descending) {

    public static final DirectoryFilter ALL = new DirectoryFilter(null, null, false);

    /** The text as a {@code like} pattern, lower-cased with {@code %} and {@code _} taken literally; null for none. */
    public String pattern() {
        if (text == null || text.isBlank()) {
            return null;
        }
        String literal = text.strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + literal + "%";
    }
}
