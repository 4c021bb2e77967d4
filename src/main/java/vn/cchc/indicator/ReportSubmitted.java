package vn.cchc.indicator;

/** A unit's report for a period was submitted for approval (by the acting user). */
record ReportSubmitted(long reportId, long unitId, String periodKey, long userId) {
}
