package vn.cchc.plan;

import java.time.LocalDate;

/** What a task's status reads as today: the stored workflow state plus the milestones and today's date. */
public enum TaskState {
    NOT_STARTED, IN_PROGRESS, DONE_ON_TIME, DONE_LATE, OVERDUE, POSTPONED, CANCELLED;

    /**
     * @param stored      NOT_STARTED, IN_PROGRESS, DONE (confirmed), POSTPONED or CANCELLED
     * @param completedOn the day the output was completed, for a confirmed task
     * @param due         the effective due date (the extension if granted, else the last milestone), or null
     */
    public static TaskState derive(String stored, LocalDate completedOn, LocalDate due, LocalDate today) {
        switch (stored) {
            case "CANCELLED":
                return CANCELLED;
            case "POSTPONED":
                return POSTPONED;
            case "DONE":
                return completedOn == null || due == null || !completedOn.isAfter(due) ? DONE_ON_TIME : DONE_LATE;
            default:
                if (due != null && today.isAfter(due)) {
                    return OVERDUE;
                }
                return "IN_PROGRESS".equals(stored) ? IN_PROGRESS : NOT_STARTED;
        }
    }

    public boolean open() {
        return this == NOT_STARTED || this == IN_PROGRESS || this == OVERDUE;
    }

    public String cssClass() {
        return switch (this) {
            case NOT_STARTED -> "secondary";
            case IN_PROGRESS -> "primary";
            case DONE_ON_TIME -> "success";
            case DONE_LATE -> "warning";
            case OVERDUE -> "danger";
            case POSTPONED, CANCELLED -> "dark";
        };
    }
}
