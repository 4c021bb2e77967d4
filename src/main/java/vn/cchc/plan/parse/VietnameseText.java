package vn.cchc.plan.parse;

import vn.cchc.vietnamese.VietnameseFolding;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Text helpers for Vietnamese documents whose diacritics, case and spacing vary with extraction. */
final class VietnameseText {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

    private VietnameseText() {
    }

    /**
     * Lower case, no diacritics, đ → d, single spaces. The result has the same length as the input
     * only by accident, so callers match on it and keep the original text for display.
     */
    static String fold(String text) {
        return VietnameseFolding.foldSpaced(text);
    }

    /** Single spaces, NFC, markdown emphasis and extraction tags removed; null stays null. */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC)
                .replace("*", "").replace("<b>", "").replace("</b>", "");
        return SPACES.matcher(nfc).replaceAll(" ").trim();
    }

    static boolean isBlank(String text) {
        return text == null || clean(text).isEmpty();
    }

    static String blankToNull(String text) {
        return isBlank(text) ? null : clean(text);
    }
}
