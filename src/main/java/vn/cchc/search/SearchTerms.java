package vn.cchc.search;

import vn.cchc.vietnamese.VietnameseFolding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The typed words, folded (no diacritics, no case, đ → d) and turned into one PostgreSQL text query: every word
 * must occur; words of three letters or more also match as the start of a word ("hoac" finds "hoach"), shorter
 * ones only whole, so "quy ii" does not find "Quý III"; an abbreviation matches its spelt-out words as well.
 * Fewer than two letters or digits in all is not a search (it would match nearly everything).
 */
public record SearchTerms(String text, List<String> words, List<String> parts) {

    public static final int MIN_CHARACTERS = 2;
    static final int MAX_WORDS = 8;
    static final int MAX_LENGTH = 100;

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    public static Optional<SearchTerms> of(String typed, WordExpansions expansions) {
        if (typed == null) {
            return Optional.empty();
        }
        String text = typed.strip();
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH);
        }
        List<String> words = new ArrayList<>();
        for (String w : NOT_A_WORD.split(VietnameseFolding.fold(text))) {
            if (!w.isEmpty() && !words.contains(w) && words.size() < MAX_WORDS) {
                words.add(w);
            }
        }
        if (words.stream().mapToInt(String::length).sum() < MIN_CHARACTERS) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        for (String w : words) {
            String own = lexeme(w);
            List<String> spelt = expansions.expand(w);
            parts.add(spelt.isEmpty() ? own
                    : "(" + own + " | (" + String.join(" <-> ", spelt.stream().map(s -> "'" + s + "'").toList()) + "))");
        }
        return Optional.of(new SearchTerms(text, List.copyOf(words), List.copyOf(parts)));
    }

    /** The text query of all the words, for {@code to_tsquery('simple', ?)}. */
    public String tsQuery() {
        return String.join(" & ", parts);
    }

    /**
     * The text query of only the words {@code which} accepts, or empty if it accepts none: a source whose rows join
     * two texts (a report's unit and period) narrows by the words only one of them can hold, through that one's index.
     */
    public Optional<String> tsQuery(Predicate<String> which) {
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (which.test(words.get(i))) {
                chosen.add(parts.get(i));
            }
        }
        return chosen.isEmpty() ? Optional.empty() : Optional.of(String.join(" & ", chosen));
    }

    private static String lexeme(String word) {
        return word.length() >= 3 ? "'" + word + "':*" : "'" + word + "'";
    }
}
