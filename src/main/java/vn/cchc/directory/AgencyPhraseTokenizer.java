package vn.cchc.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cuts an agency phrase into {@link AgencyPhraseToken}s, remembering separators between them. */
final class AgencyPhraseTokenizer {

    private static final Pattern MARKUP = Pattern.compile("</?[A-Za-z][^<>]{0,20}>");

    private AgencyPhraseTokenizer() {
    }

    static List<AgencyPhraseToken> tokenize(String text) {
        List<AgencyPhraseToken> tokens = new ArrayList<>();
        Matcher markup = MARKUP.matcher(text);
        AgencyPhraseToken.Break pending = AgencyPhraseToken.Break.STRONG;
        boolean lineStart = true;
        int pos = 0;
        int n = text.length();
        while (pos < n) {
            char c = text.charAt(pos);
            if (c == '<' && markup.region(pos, n).lookingAt()) {
                pos = markup.end();
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (c == '\n' || c == '\r') {
                    pending = pending.max(AgencyPhraseToken.Break.WEAK);
                    lineStart = true;
                }
                pos++;
            } else if (c == ';') {
                pending = AgencyPhraseToken.Break.STRONG;
                lineStart = true;
                pos++;
            } else if (isWordChar(c)) {
                int end = wordEnd(text, pos);
                List<String> words = SearchKey.words(text.substring(pos, end));
                if (words.isEmpty()) {
                    // "và" (or "&" alone) joins list items as often as it joins words of a name
                    pending = pending.max(AgencyPhraseToken.Break.WEAK);
                } else {
                    tokens.add(new AgencyPhraseToken(pos, end, List.copyOf(words), pending));
                    pending = AgencyPhraseToken.Break.NONE;
                }
                lineStart = false;
                pos = end;
            } else {
                // a dash or bullet opening a line starts a list item; elsewhere punctuation is a weak break
                boolean bullet = lineStart && (c == '-' || c == '–' || c == '+' || c == '•');
                pending = pending.max(bullet ? AgencyPhraseToken.Break.STRONG : AgencyPhraseToken.Break.WEAK);
                lineStart = false;
                pos++;
            }
        }
        return tokens;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK || c == '&';
    }

    /** A word runs over letters, marks, digits and "&", and over "-" only between two such characters ("TT-TT"). */
    private static int wordEnd(String text, int from) {
        int pos = from;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (isWordChar(c)) {
                pos++;
            } else if ((c == '-' || c == '–') && pos + 1 < text.length() && isWordChar(text.charAt(pos + 1))) {
                pos++;
            } else {
                break;
            }
        }
        return pos;
    }
}
