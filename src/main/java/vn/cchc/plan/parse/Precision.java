package vn.cchc.plan.parse;

/** The width of the window a milestone closes. */
public enum Precision { DAY, MONTH, QUARTER, HALF_YEAR, YEAR }
