package ru.registratura.domain.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The help centre's search over the published articles' titles and bodies, in memory (tens of articles; the same on
 * PostgreSQL and the embedded H2): every word of the query must be found; a word matches a word of the text that
 * begins with its stem (the word without its last two letters, at least four kept), so that «ребёнка» finds
 * «ребёнок» and «запись» finds «записаться»; «ё» is «е», case does not count. A title match weighs three times a
 * body match. Markdown's marks are not words.
 *
 * @param <T> what is searched (an article)
 */
public final class HelpSearch<T> {

    private static final int MIN_STEM = 4;
    private static final int MAX_QUERY_WORDS = 10;

    private record Entry<T>(T item, Set<String> title, Set<String> body, int order) {
    }

    private final List<Entry<T>> entries = new ArrayList<>();

    /** The items in their order, with how to read each one's title and body. */
    public HelpSearch(List<T> items, Function<T, String> title, Function<T, String> body) {
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            entries.add(new Entry<>(item, words(title.apply(item)), words(body.apply(item)), i));
        }
    }

    /** The items that match every word of the query, best first; none for a query without words. */
    public List<T> find(String query) {
        List<String> stems = words(query).stream().limit(MAX_QUERY_WORDS).map(HelpSearch::stem).toList();
        if (stems.isEmpty()) {
            return List.of();
        }
        record Hit<T>(T item, int score, int order) {
        }
        List<Hit<T>> hits = new ArrayList<>();
        for (Entry<T> entry : entries) {
            int score = 0;
            boolean all = true;
            for (String stem : stems) {
                int inTitle = matches(entry.title(), stem) ? 3 : 0;
                int inBody = matches(entry.body(), stem) ? 1 : 0;
                if (inTitle + inBody == 0) {
                    all = false;
                    break;
                }
                score += inTitle + inBody;
            }
            if (all) {
                hits.add(new Hit<>(entry.item(), score, entry.order()));
            }
        }
        return hits.stream().sorted(Comparator.comparingInt((Hit<T> h) -> -h.score()).thenComparingInt(Hit::order))
                .map(Hit::item).toList();
    }

    private static boolean matches(Set<String> words, String stem) {
        for (String word : words) {
            if (word.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    /** The word's beginning a match needs: without its last two letters, at least four letters kept. */
    static String stem(String word) {
        return word.length() <= MIN_STEM ? word : word.substring(0, Math.max(MIN_STEM, word.length() - 2));
    }

    /** The text's words: letters and digits, lower case, «ё» as «е». */
    static Set<String> words(String text) {
        if (text == null) {
            return Set.of();
        }
        String normal = text.toLowerCase(Locale.ROOT).replace('ё', 'е');
        return Arrays.stream(normal.split("[^\\p{L}\\p{N}]+")).filter(w -> w.length() >= 2)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}
