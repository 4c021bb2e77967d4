package vn.cchc.indicator;

/** Where a value stands against its target. */
enum Achievement {
    ACHIEVED, AT_RISK, MISSED, NO_TARGET, NO_DATA
}
