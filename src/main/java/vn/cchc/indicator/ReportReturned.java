package vn.cchc.indicator;

/** A submitted report went back to its unit with the reason. */
record ReportReturned(long reportId, long unitId, String periodKey, long userId, String reason) {
}
