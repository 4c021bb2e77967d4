package vn.cchc.calendar;

import java.time.LocalDate;

/**
 * One entry of a year's working-day calendar. {@code confirmed} is false for what was computed or proposed and not yet
 * checked against the published decision; {@code source} says where it comes from.
 */
record DayEntry(LocalDate day, DayKind kind, String reason, boolean confirmed, String source) {
}
