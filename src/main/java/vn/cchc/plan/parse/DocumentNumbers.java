package vn.cchc.plan.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document's "number/symbol" as real texts print it: spaces around the slash or dash ("89/ KH-UBND",
 * "164/TTr- SKHCN"), a letter after the number ("30c/NQ-CP"), a year segment ("30/2018/QĐ-UBND"), and dashes
 * lost in PDF extraction ("1961/QĐUBND", "61/2018/NĐCP"), which are put back after the type code.
 */
final class DocumentNumbers {

    /** Type codes of Vietnamese state documents (Decree 30/2020/NĐ-CP, appendix III), longest first. */
    private static final Pattern LOST_DASH = Pattern.compile(
            "^(\\d+[a-z]?(?:/\\d{4})?/)(TTLT|TTr|QĐ|NQ|NĐ|KH|CT|TT|TB|BC|HD|CV|KL|QC|BB)(\\p{Lu}{2}[\\p{L}&]*)$");

    private DocumentNumbers() {
    }

    /** Spaces removed and a lost dash after the type code restored; null stays null. */
    static String normalize(String printed) {
        if (printed == null) {
            return null;
        }
        String bare = printed.replaceAll("\\s+", "");
        if (bare.contains("-")) {
            return bare;
        }
        Matcher m = LOST_DASH.matcher(bare);
        return m.matches() ? m.group(1) + m.group(2) + "-" + m.group(3) : bare;
    }
}
