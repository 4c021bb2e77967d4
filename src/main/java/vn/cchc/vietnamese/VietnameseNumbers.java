package vn.cchc.vietnamese;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as officers type and read them: "." groups thousands, "," is the decimal mark. "1.200" is one thousand
 * two hundred, "1.200,5" and "12,5" have decimals. A text that could be read two ways ("12.5") is refused with a
 * suggestion rather than guessed, because a guess that turns 1.200 into 1,2 silently corrupts a report.
 */
public final class VietnameseNumbers {

    /** Spaces (also no-break and narrow no-break) inside a number group thousands like dots: "1 200". */
    private static final Pattern SPACES = Pattern.compile("[ \\u00A0\\u202F]+");
    private static final Pattern PLAIN = Pattern.compile("[+-]?\\d+(,\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern DOT_NOT_THOUSANDS = Pattern.compile("\\.(?!\\d{3}(?!\\d))");
    private static final Pattern DIGITS_AND_MARKS = Pattern.compile("[+-]?[\\d.,]*\\d[\\d.,]*");
    private static final int SHOWN_DECIMALS = 2;
    private static final DecimalFormatSymbols SYMBOLS = symbols();

    private VietnameseNumbers() {
    }

    /**
     * The value of a number written the Vietnamese way; null for a blank text.
     *
     * @throws NotVietnameseNumber when the text is not such a number, with a suggestion of how to write it
     */
    public static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = SPACES.matcher(text.strip().replace('\u2212', '-')).replaceAll(".");
        if (PLAIN.matcher(s).matches() || GROUPED.matcher(s).matches()) {
            return new BigDecimal(s.replace(".", "").replace(',', '.'));
        }
        throw refusal(text.strip(), s);
    }

    private static NotVietnameseNumber refusal(String original, String s) {
        if (!DIGITS_AND_MARKS.matcher(s).matches() || s.endsWith(",") || s.endsWith(".") || s.startsWith(",")
                || s.startsWith(".") || s.indexOf(',') != s.lastIndexOf(',')) {
            if (s.startsWith(",") && PLAIN.matcher("0" + s).matches()) {
                return new NotVietnameseNumber(original, NotVietnameseNumber.Reason.NOT_A_NUMBER, "0" + s);
            }
            return new NotVietnameseNumber(original, NotVietnameseNumber.Reason.NOT_A_NUMBER, original);
        }
        int comma = s.indexOf(',');
        if (comma >= 0 && s.indexOf('.', comma) > comma) {
            // "1,200.5": commas group and the dot is the decimal point; swap them.
            String swapped = s.replace(',', '\u0000').replace('.', ',').replace('\u0000', '.');
            return new NotVietnameseNumber(original, NotVietnameseNumber.Reason.ENGLISH,
                    GROUPED.matcher(swapped).matches() ? swapped : original);
        }
        Matcher dot = DOT_NOT_THOUSANDS.matcher(s);
        if (comma < 0 && s.indexOf('.') == s.lastIndexOf('.') && dot.find()) {
            return new NotVietnameseNumber(original, NotVietnameseNumber.Reason.DECIMAL_DOT, s.replace('.', ','));
        }
        String whole = s.replace(".", "");
        int decimals = whole.indexOf(',');
        String intPart = decimals < 0 ? whole : whole.substring(0, decimals);
        String suggestion = group(intPart) + (decimals < 0 ? "" : whole.substring(decimals));
        return new NotVietnameseNumber(original, NotVietnameseNumber.Reason.GROUPING, suggestion);
    }

    private static String group(String intPart) {
        String sign = intPart.startsWith("-") || intPart.startsWith("+") ? intPart.substring(0, 1) : "";
        String digits = intPart.substring(sign.length());
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append('.');
            }
            out.append(digits.charAt(i));
        }
        return sign + out;
    }

    /** "1.200", "89,5", "0,08": grouped thousands, at most two decimals, no trailing zeros; "" for null. */
    public static String format(Number value) {
        return format(value, SHOWN_DECIMALS);
    }

    /** As {@link #format(Number)} with at most {@code decimals} decimals (rounded half up). */
    public static String format(Number value, int decimals) {
        if (value == null) {
            return "";
        }
        DecimalFormat f = new DecimalFormat(decimals > 0 ? "#,##0." + "#".repeat(decimals) : "#,##0", SYMBOLS);
        f.setRoundingMode(RoundingMode.HALF_UP);
        f.setParseBigDecimal(true);
        return f.format(value instanceof BigDecimal b ? b : new BigDecimal(value.toString()));
    }

    /** Every decimal kept ("1.200,125"), for showing back what was typed or imported; "" for null. */
    public static String formatExact(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal v = value.stripTrailingZeros();
        return format(v, Math.max(0, v.scale()));
    }

    private static DecimalFormatSymbols symbols() {
        DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(Locale.ROOT);
        s.setGroupingSeparator('.');
        s.setDecimalSeparator(',');
        s.setMinusSign('-');
        return s;
    }
}
