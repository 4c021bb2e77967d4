package vn.cchc.reminder;

import org.springframework.stereotype.Component;
import vn.cchc.calendar.WorkingDays;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * When reminders fall, in working days of the calendar: a thing due in n working days is reminded on the one working
 * day from which n working days remain, and an overdue one on the first working day after its due day and every
 * {@value #WEEK} working days after, so each reminder comes once however the weekends and holidays fall.
 */
@Component
public class ReminderDays {

    /** Working days between two weekly reminders of the same overdue thing. */
    public static final int WEEK = 5;

    private final WorkingDays workingDays;

    ReminderDays(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    /** Due days that are {@code from} to {@code to}, both included. */
    public record Span(LocalDate from, LocalDate to) {
    }

    public boolean isWorkingDay(LocalDate day) {
        return workingDays.isWorkingDay(day);
    }

    /**
     * The due days that lie exactly {@code n} working days after {@code day}: from the n-th working day up to the day
     * before the next one (a due day on a Saturday counts as the Friday before).
     */
    public Span dueIn(LocalDate day, int n) {
        return new Span(workingDays.add(day, n), workingDays.add(day, n + 1).minusDays(1));
    }

    /** The working days each due day is overdue by on {@code day} (after the due day, up to and including {@code day}). */
    public Map<LocalDate, Integer> overdueDays(Collection<LocalDate> dues, LocalDate day) {
        Map<LocalDate, Integer> days = new HashMap<>();
        for (LocalDate due : dues) {
            days.computeIfAbsent(due, d -> overdueBy(d, day));
        }
        return days;
    }

    /**
     * Working days after {@code due} up to {@code day}. A thing due in a year that has no holiday table (the tables
     * start with 2024; a plan imported from an earlier year may still have open tasks) has that year's days counted
     * Monday to Friday: one old task must not stop every reminder of the day. A missing table for the current year
     * is still an error the administrator must fix.
     */
    private int overdueBy(LocalDate due, LocalDate day) {
        if (!day.isAfter(due) || due.getYear() == day.getYear()) {
            return workingDays.countBetween(due, day);
        }
        int count = 0;
        LocalDate from = due;
        for (int year = due.getYear(); year <= day.getYear(); year++) {
            LocalDate end = year == day.getYear() ? day : LocalDate.of(year, 12, 31);
            if (year == day.getYear() || workingDays.hasTable(year)) {
                count += workingDays.countBetween(from, end);
            } else {
                for (LocalDate d = from.plusDays(1); !d.isAfter(end); d = d.plusDays(1)) {
                    if (d.getDayOfWeek().getValue() <= 5) {
                        count++;
                    }
                }
            }
            from = end;
        }
        return count;
    }

    /** The week of being overdue that starts on a day overdue by {@code workingDaysOverdue}, or none on other days. */
    public static OptionalInt overdueWeek(int workingDaysOverdue) {
        return workingDaysOverdue >= 1 && (workingDaysOverdue - 1) % WEEK == 0
                ? OptionalInt.of((workingDaysOverdue - 1) / WEEK + 1) : OptionalInt.empty();
    }

    /** A late thing on a day its weekly reminder falls: the working days it is late by and the week that starts. */
    public record Late<T>(T thing, int workingDays, int week) {
    }

    /**
     * Of the things late on {@code day}, those whose weekly reminder falls on it ({@link #overdueWeek}), each due day's
     * lateness counted once however many things share it.
     */
    public <T> List<Late<T>> weeklyReminded(List<T> things, Function<T, LocalDate> due, LocalDate day) {
        Map<LocalDate, Integer> late = overdueDays(things.stream().map(due).toList(), day);
        List<Late<T>> reminded = new ArrayList<>();
        for (T thing : things) {
            int n = late.get(due.apply(thing));
            overdueWeek(n).ifPresent(week -> reminded.add(new Late<>(thing, n, week)));
        }
        return reminded;
    }

    /** The day {@code n} working days before {@code day}. */
    public LocalDate workingDaysBefore(LocalDate day, int n) {
        return workingDays.add(day, -n);
    }
}
