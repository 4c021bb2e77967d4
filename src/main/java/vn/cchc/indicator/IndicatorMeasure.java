package vn.cchc.indicator;

/** How an indicator is measured: a ratio shown as %, a count, an amount, or yes/no (100 yes, 0 no). */
public enum IndicatorMeasure {
    RATIO, COUNT, AMOUNT, BOOLEAN
}
