package vn.cchc.notification;

/**
 * Why a user is told about a thing. With the thing it makes a notice unique per user; each has its Vietnamese
 * text under {@code notification.reason.<NAME>} (arguments: see the listener that uses it).
 */
public enum Reason {
    PLAN_PUBLISHED_LEAD,
    PLAN_PUBLISHED_COORDINATING,
    PROGRESS_RETURNED,
    PROGRESS_CONFIRMED,
    REPORT_RETURNED,
    REPORT_APPROVED,
    /**
     * For the reminders to come: the standing agency lets a unit submit a locked period's report. Arguments: the
     * unit's name, the period's label, the last day (dd/MM/yyyy); thing {@code ind_report}, linking to the report.
     */
    LATE_SUBMISSION_GRANTED,
    SELF_ASSESSMENT_RETURNED,
    EXPLANATION_REQUESTED,
    APPRAISAL_FINISHED,
    ROUND_PUBLISHED,
    /** The standing agency issued an urging letter to the unit. Arguments: the letter's number, the unit's name. */
    URGED,
    /**
     * A reminder of what the user's unit owes (vn.cchc.reminder): the thing's id carries the reminder's kind and
     * occurrence, so each reminder is kept once. Argument: the reminder's sentence.
     */
    REMINDER,
    /** A thing of a unit the user heads or follows is overdue for long (vn.cchc.reminder). Argument: the sentence. */
    ESCALATION,
    /** A unit's reform report went back to it. Arguments: the period's label, the unit's name, the reason. */
    REFORM_REPORT_RETURNED,
    /** A unit's reform report was accepted. Arguments: the period's label, the unit's name. */
    REFORM_REPORT_ACCEPTED,
    /**
     * A leader wrote a direction on a task for the user's unit, which must acknowledge it. Arguments: the leader's
     * name, the task's number, the unit's name, " (hạn dd/MM/yyyy)" or "".
     */
    DIRECTION_GIVEN;

    String messageKey() {
        return "notification.reason." + name();
    }
}
