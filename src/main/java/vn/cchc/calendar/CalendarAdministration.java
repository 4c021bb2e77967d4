package vn.cchc.calendar;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.audit.AuditLog;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The administrator's changes to the calendar; each one is checked whole, written in one transaction and audited. */
@Service
class CalendarAdministration {

    static final String AUDIT_YEAR = "calendar_year";
    static final String AUDIT_DAY = "calendar_day";
    private static final java.time.format.DateTimeFormatter SHOWN = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final CalendarDays days;
    private final AuditLog audit;

    CalendarAdministration(CalendarDays days, AuditLog audit) {
        this.days = days;
        this.audit = audit;
    }

    /** Saves a whole year's table (a reviewed proposal); a year that already has one is refused. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public List<DayEntry> createYear(int year, List<DayRow> rows, boolean confirmed, String source, String by) {
        return create(year, rows, confirmed, source, by);
    }

    /** Adds one day, or every day of a range, with the same kind and reason. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public List<DayEntry> add(int year, String from, String to, String kind, String reason, boolean confirmed,
                              String source) {
        requireYear(year);
        List<DayRow> rows = range(from, to).stream().map(d -> new DayRow(d, kind, reason)).toList();
        Map<LocalDate, DayEntry> existing = days.of(year).stream()
                .collect(Collectors.toMap(DayEntry::day, Function.identity()));
        List<DayEntry> entries = TableCheck.entries(year, rows, existing, confirmed, source);
        for (DayEntry e : entries) {
            try {
                days.insert(e);
            } catch (DuplicateKeyException raced) {
                throw new CalendarRejected(CalendarProblem.of("calendar.error.alreadyListed", 1, SHOWN.format(e.day()), ""));
            }
            audit.created(AUDIT_DAY, e.day(), e, "Thêm ngày vào lịch ngày nghỉ năm " + year);
        }
        return entries;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public DayEntry update(LocalDate day, String kind, String reason, boolean confirmed, String source) {
        DayEntry before = days.at(day).orElseThrow(() -> new CalendarRejected(
                CalendarProblem.of("calendar.error.noSuchDay", SHOWN.format(day))));
        DayEntry after = TableCheck.entries(day.getYear(), List.of(new DayRow(day.toString(), kind, reason)), Map.of(),
                confirmed, source).get(0);
        days.update(after);
        audit.updated(AUDIT_DAY, day, before, after, "Sửa ngày trong lịch ngày nghỉ năm " + day.getYear());
        return after;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void delete(LocalDate day) {
        DayEntry before = days.at(day).orElseThrow(() -> new CalendarRejected(
                CalendarProblem.of("calendar.error.noSuchDay", SHOWN.format(day))));
        if (days.delete(day) == 1) {
            audit.deleted(AUDIT_DAY, day, before, "Xóa ngày khỏi lịch ngày nghỉ năm " + day.getYear());
        }
    }

    /**
     * For the scheduled look-ahead: saves the computed proposal for a year that has no table yet, unconfirmed, so
     * that deadlines running into that year can be counted before the decision is published.
     * @return whether a table was created (false: the year already had one)
     */
    @Transactional
    boolean proposeIfMissing(int year) {
        if (days.hasYear(year)) {
            return false;
        }
        List<DayRow> rows = YearProposal.of(year).stream()
                .map(e -> new DayRow(e.day().toString(), e.kind().name(), e.reason())).toList();
        try {
            create(year, rows, false, YearProposal.SOURCE, "system");
        } catch (CalendarRejected alreadyThere) {
            return false;
        }
        return true;
    }

    private List<DayEntry> create(int year, List<DayRow> rows, boolean confirmed, String source, String by) {
        if (year < 2000 || year > 2100) {
            throw new CalendarRejected(CalendarProblem.of("calendar.error.yearOutOfRange", year));
        }
        List<DayEntry> entries = TableCheck.entries(year, rows, Map.of(), confirmed, source);
        if (days.hasYear(year)) {
            throw new CalendarRejected(CalendarProblem.of("calendar.error.yearExists", year));
        }
        try {
            days.createYear(year, by);
        } catch (DuplicateKeyException raced) {
            // two saves of the same year at once: the first one wins, the second changes nothing
            throw new CalendarRejected(CalendarProblem.of("calendar.error.yearExists", year));
        }
        entries.forEach(days::insert);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("year", year);
        after.put("days", entries);
        audit.created(AUDIT_YEAR, year, after, "Lập lịch ngày nghỉ năm " + year + " (" + entries.size() + " ngày)");
        return entries;
    }

    private void requireYear(int year) {
        if (!days.hasYear(year)) {
            throw new CalendarRejected(CalendarProblem.of("calendar.error.noTable", year));
        }
    }

    /** The days from..to as ISO text; to may be empty (one day). A bad or reversed range is refused. */
    private static List<String> range(String from, String to) {
        LocalDate start = TableCheck.parse(from);
        if (start == null) {
            throw new CalendarRejected(CalendarProblem.of("calendar.error.badFrom", from == null ? "" : from));
        }
        if (to == null || to.isBlank()) {
            return List.of(start.toString());
        }
        LocalDate end = TableCheck.parse(to);
        if (end == null) {
            throw new CalendarRejected(CalendarProblem.of("calendar.error.badTo", to));
        }
        if (end.isBefore(start)) {
            throw new CalendarRejected(CalendarProblem.of("calendar.error.reversedRange", from, to));
        }
        if (end.isAfter(start.plusDays(30))) {
            throw new CalendarRejected(CalendarProblem.of("calendar.error.longRange", from, to));
        }
        return start.datesUntil(end.plusDays(1)).map(LocalDate::toString).toList();
    }
}
