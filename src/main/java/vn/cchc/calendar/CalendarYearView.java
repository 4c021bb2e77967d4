package vn.cchc.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * What the year's page shows: the table (or, for a year without one, the computed proposal), the lunar dates that
 * drive it, and the count of working days when the table exists.
 */
record CalendarYearView(int year, boolean exists, List<DayEntry> entries, LocalDate lunarNewYear,
                        LocalDate hungKingsDay, Integer workingDays, long unconfirmed, List<Integer> years) {
}
