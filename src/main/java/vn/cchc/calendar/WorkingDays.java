package vn.cchc.calendar;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Working-day arithmetic for every deadline and SLA: Monday to Friday, minus the year's days off, plus its make-up
 * working days. Each call reads the tables of the years it touches (no cache, so an edit on one node counts on every
 * node at once); a year without a table is a {@link CalendarYearMissing}, never a guess.
 */
@Service
public class WorkingDays {

    /** More than any deadline of the reform programme (about eight years of working days); bounds a call's work. */
    public static final int MAX_DAYS = 2000;

    private final CalendarDays days;

    WorkingDays(CalendarDays days) {
        this.days = days;
    }

    @Transactional(readOnly = true)
    public boolean isWorkingDay(LocalDate day) {
        return new Lookup().working(day);
    }

    /**
     * The date that is {@code n} working days after {@code from} (before it when n is negative); {@code from} itself
     * is not counted, so 5 working days after Friday 24/01/2025 is Friday 07/02/2025 (Tết in between).
     */
    @Transactional(readOnly = true)
    public LocalDate add(LocalDate from, int n) {
        if (Math.abs(n) > MAX_DAYS) {
            throw new IllegalArgumentException("Số ngày làm việc phải trong khoảng ±" + MAX_DAYS + ", nhận được " + n);
        }
        Lookup lookup = new Lookup();
        int step = n >= 0 ? 1 : -1;
        LocalDate day = from;
        for (int left = Math.abs(n); left > 0; ) {
            day = day.plusDays(step);
            if (lookup.working(day)) {
                left--;
            }
        }
        return day;
    }

    /** The first working day after {@code day}. */
    @Transactional(readOnly = true)
    public LocalDate nextWorkingDay(LocalDate day) {
        return add(day, 1);
    }

    /** Whether the administrator has a table of days off for {@code year}; without one, counting in it is refused. */
    @Transactional(readOnly = true)
    public boolean hasTable(int year) {
        return days.hasYear(year);
    }

    /**
     * How many working days lie after {@code from} up to and including {@code to}, so that
     * {@code add(from, countBetween(from, to))} is {@code to} when {@code to} is a working day; negative when
     * {@code to} is before {@code from}.
     */
    @Transactional(readOnly = true)
    public int countBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -countBetween(to, from);
        }
        if (from.plusYears(10).isBefore(to)) {
            throw new IllegalArgumentException("Khoảng thời gian quá 10 năm: " + from + " – " + to);
        }
        Lookup lookup = new Lookup();
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (lookup.working(day)) {
                count++;
            }
        }
        return count;
    }

    /** The tables of the years one call has touched so far. */
    private final class Lookup {

        private final Map<Integer, Map<LocalDate, DayKind>> years = new HashMap<>();

        boolean working(LocalDate day) {
            DayKind kind = years.computeIfAbsent(day.getYear(), this::load).get(day);
            return kind == null ? !DayKind.isWeekend(day) : !kind.dayOff();
        }

        private Map<LocalDate, DayKind> load(int year) {
            if (!days.hasYear(year)) {
                throw new CalendarYearMissing(year);
            }
            Map<LocalDate, DayKind> table = new HashMap<>();
            days.of(year).forEach(e -> table.put(e.day(), e.kind()));
            return table;
        }
    }
}
