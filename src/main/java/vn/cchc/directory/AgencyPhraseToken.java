package vn.cchc.directory;

import java.util.List;

/**
 * One word (or abbreviation) of an agency phrase with its place in the original text, so that
 * whatever is matched or left over can be returned exactly as written.
 *
 * @param start       offset of the first character in the phrase
 * @param end         offset after the last character
 * @param words       the token's search-key words ("UBND" gives four)
 * @param breakBefore the strongest list separator seen between the previous token and this one
 */
record AgencyPhraseToken(int start, int end, List<String> words, Break breakBefore) {

    /**
     * How strongly the text before a token separates list items. A STRONG break (";", a leading "-")
     * never occurs inside a name; a WEAK one ("," "và" "-" a line break) may, so names are matched
     * across weak breaks before the text is split at them.
     */
    enum Break {
        NONE, WEAK, STRONG;

        Break max(Break other) {
            return compareTo(other) >= 0 ? this : other;
        }
    }
}
