package vn.cchc.reminder;

import java.time.LocalDate;

/** A reminder for one person: who, of which unit, of what kind, about what, due when, and why. */
record Reminder(long userId, String user, long unitId, String unit, String kind, Thing thing, LocalDate due,
                String reason) {
}
