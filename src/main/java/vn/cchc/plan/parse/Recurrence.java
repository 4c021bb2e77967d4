package vn.cchc.plan.parse;

/** The period of a recurring task. */
public enum Recurrence { WEEKLY, MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY }
