package vn.cchc.indicator;

/** A submitted report went back to its unit with the reason. */
public record ReportReturned(long reportId, long unitId, String periodKey, long userId, String reason) {
}
