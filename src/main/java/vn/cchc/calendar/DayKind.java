package vn.cchc.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** What an entry of the working-day calendar says about its date. */
enum DayKind {
    /** Ngày nghỉ lễ, Tết (Labour Code art. 112); kept even on a weekend, as the reason for a compensatory day. */
    PUBLIC_HOLIDAY(true),
    /** Ngày nghỉ bù: the next working day after a holiday that fell on a weekend. */
    COMPENSATORY_DAY_OFF(true),
    /** A weekday off in a government swap (hoán đổi ngày làm việc), paid back by a make-up working day. */
    SWAPPED_DAY_OFF(true),
    /** Ngày làm bù: a Saturday or Sunday worked in a swap. */
    MAKE_UP_WORKING_DAY(false);

    private final boolean dayOff;

    DayKind(boolean dayOff) {
        this.dayOff = dayOff;
    }

    public boolean dayOff() {
        return dayOff;
    }

    /** Whether an entry of this kind can fall on that date at all (a swap moves weekdays, a make-up day is a weekend). */
    boolean possibleOn(LocalDate day) {
        return switch (this) {
            case PUBLIC_HOLIDAY -> true;
            case COMPENSATORY_DAY_OFF, SWAPPED_DAY_OFF -> !isWeekend(day);
            case MAKE_UP_WORKING_DAY -> isWeekend(day);
        };
    }

    static boolean isWeekend(LocalDate day) {
        DayOfWeek d = day.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }
}
