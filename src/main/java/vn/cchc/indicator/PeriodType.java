package vn.cchc.indicator;

/** Reporting periods; six and nine months count from 1 January, as the periodic CCHC reports do. */
public enum PeriodType {
    MONTH, QUARTER, HALF, NINE_MONTHS, YEAR
}
