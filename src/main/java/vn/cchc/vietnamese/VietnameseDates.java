package vn.cchc.vietnamese;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * Dates as Vietnamese documents and officers write them: dd/MM/yyyy ("30/06/2024"), whatever the browser's or the
 * server's language. Parsing also takes "1/7/2025" and the ISO form a date picker or an API client sends.
 */
public final class VietnameseDates {

    /** The pattern a date input shows as placeholder and checks in the browser. */
    public static final String PATTERN = "dd/MM/yyyy";
    /** The HTML pattern attribute for a date input: one or two digits for day and month, four for the year. */
    public static final String INPUT_PATTERN = "\\d{1,2}/\\d{1,2}/\\d{4}";

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private VietnameseDates() {
    }

    /** "30/06/2024"; "" for null. */
    public static String format(LocalDate date) {
        return date == null ? "" : SHOWN.format(date);
    }

    /**
     * The date of "30/06/2024", "1/7/2025" or "2025-07-01"; null for a blank text.
     *
     * @throws NotVietnameseDate when the text is no such date (also "31/02/2025")
     */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        try {
            return ISO.matcher(s).matches() ? LocalDate.parse(s) : LocalDate.parse(s, TYPED);
        } catch (DateTimeException e) {
            throw new NotVietnameseDate(s);
        }
    }
}
