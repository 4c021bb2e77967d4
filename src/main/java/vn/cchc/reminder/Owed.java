package vn.cchc.reminder;

import java.time.LocalDate;

/**
 * A thing one unit owes, as a source sees it on a day: its kind (e.g. {@code TASK_DUE_IN_7}), the thing, the day it
 * is due, the occurrence that makes this reminder distinct from the same thing's earlier ones (the week of being
 * overdue, or empty), the page that shows it and the Vietnamese sentence that says why.
 */
public record Owed(long unitId, String kind, Thing thing, LocalDate due, String occurrence, String link,
                   String reason) {

    /** The notice's thing id: the thing, the kind and the occurrence, so week 2 of being overdue is not week 1. */
    String noticeId() {
        return thing.id() + "/" + kind + (occurrence.isEmpty() ? "" : "/" + occurrence);
    }
}
