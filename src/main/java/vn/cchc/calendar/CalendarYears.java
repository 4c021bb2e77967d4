package vn.cchc.calendar;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

/** Reads a year's table for the page and the API; a year without one is shown as its computed proposal. */
@Service
class CalendarYears {

    private final CalendarDays days;
    private final WorkingDays workingDays;

    CalendarYears(CalendarDays days, WorkingDays workingDays) {
        this.days = days;
        this.workingDays = workingDays;
    }

    @Transactional(readOnly = true)
    CalendarYearView view(int year) {
        boolean exists = days.hasYear(year);
        List<DayEntry> entries = exists ? days.of(year) : YearProposal.of(year);
        Integer working = exists
                ? workingDays.countBetween(LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 12, 31)) : null;
        long unconfirmed = entries.stream().filter(e -> !e.confirmed()).count();
        return new CalendarYearView(year, exists, entries, LunarCalendar.lunarNewYear(year),
                LunarCalendar.toSolar(new LunarDate(10, 3, year, false)), working, unconfirmed, days.years());
    }
}
