package vn.cchc.vietnamese;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text folded to its bare letters, for matching what was typed or extracted against what is known:
 * "Sở Nội vụ", "SỞ NỘI VỤ", "So Noi vu" and the decomposed Unicode a PDF gives all fold to "so noi vu".
 * Decomposing before stripping the marks also unifies the two placements of a tone mark ("uỷ"/"ủy").
 */
public final class VietnameseFolding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

    private VietnameseFolding() {
    }

    /** Diacritics stripped, đ → d (also the look-alike ð), lower case; punctuation and spacing kept; "" for null. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String bare = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return bare.replace('đ', 'd').replace('Đ', 'D').replace('ð', 'd').toLowerCase(Locale.ROOT);
    }

    /**
     * A file name's words in plain ASCII, case kept, every run of other characters one hyphen: "02/KH-BCĐ 2024" →
     * "02-KH-BCD-2024", for the filename a browser without RFC 6266 support shows.
     */
    public static String asciiName(String text) {
        if (text == null) {
            return "";
        }
        String bare = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return bare.replace('đ', 'd').replace('Đ', 'D').replace('ð', 'd')
                .replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    /** {@link #fold(String)} with runs of spaces made one and the ends trimmed. */
    public static String foldSpaced(String text) {
        return SPACES.matcher(fold(text)).replaceAll(" ").trim();
    }
}
