package vn.cchc.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the rows of a year's table and refuses it whole when one row is wrong: a date that does not exist
 * (31/04) or is not in the year, an unknown kind, an empty reason, a kind that cannot fall on that weekday, or two
 * rows on the same date. Each problem names its row (counted from 1) and field.
 */
final class TableCheck {

    static final int MAX_ROWS = 120;
    static final int MAX_REASON = 200;
    private static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private TableCheck() {
    }

    /**
     * @param existing entries already in the year's table that the rows must not overlap (empty for a new table)
     * @param confirmed whether the rows were checked against the published decision
     */
    static List<DayEntry> entries(int year, List<DayRow> rows, Map<LocalDate, DayEntry> existing, boolean confirmed,
                                  String source) {
        List<CalendarProblem> problems = new ArrayList<>();
        if (rows.isEmpty()) {
            throw new CalendarRejected(CalendarProblem.of("calendar.error.noRows"));
        }
        if (rows.size() > MAX_ROWS) {
            throw new CalendarRejected(CalendarProblem.of("calendar.error.tooManyRows", rows.size(), MAX_ROWS));
        }
        Map<LocalDate, Integer> seen = new HashMap<>();
        List<DayEntry> entries = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            int row = i + 1;
            DayRow r = rows.get(i);
            LocalDate day = parse(r.date());
            DayKind kind = kind(r.kind());
            String reason = r.reason() == null ? "" : r.reason().strip();
            if (day == null) {
                problems.add(CalendarProblem.of("calendar.error.badDate", row, r.date() == null ? "" : r.date()));
            } else if (day.getYear() != year) {
                problems.add(CalendarProblem.of("calendar.error.otherYear", row, SHOWN.format(day), year));
            } else if (seen.containsKey(day)) {
                problems.add(CalendarProblem.of("calendar.error.sameDate", row, SHOWN.format(day), seen.get(day)));
            } else if (existing.containsKey(day)) {
                problems.add(CalendarProblem.of("calendar.error.alreadyListed", row, SHOWN.format(day),
                        existing.get(day).reason()));
            }
            if (day != null) {
                seen.putIfAbsent(day, row);
            }
            if (kind == null) {
                problems.add(CalendarProblem.of("calendar.error.badKind", row, r.kind() == null ? "" : r.kind()));
            } else if (day != null && !kind.possibleOn(day)) {
                problems.add(CalendarProblem.of(kind == DayKind.MAKE_UP_WORKING_DAY
                        ? "calendar.error.makeUpOnWeekday" : "calendar.error.dayOffOnWeekend", row, SHOWN.format(day)));
            }
            if (reason.isEmpty()) {
                problems.add(CalendarProblem.of("calendar.error.noReason", row));
            } else if (reason.length() > MAX_REASON) {
                problems.add(CalendarProblem.of("calendar.error.longReason", row, MAX_REASON));
            }
            if (day != null && kind != null && !reason.isEmpty()) {
                entries.add(new DayEntry(day, kind, reason, confirmed, source == null ? "" : source.strip()));
            }
        }
        if (!problems.isEmpty()) {
            throw new CalendarRejected(problems);
        }
        return entries;
    }

    /** dd/MM/yyyy as typed in Vietnam, or ISO from the API; null when the date does not exist. */
    static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            return t.contains("/") ? LocalDate.parse(t, VIETNAMESE) : LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static DayKind kind(String name) {
        for (DayKind k : DayKind.values()) {
            if (k.name().equals(name)) {
                return k;
            }
        }
        return null;
    }
}
