package vn.cchc.indicator;

/** A unit's report for a period was approved by the standing agency (the acting user). */
public record ReportApproved(long reportId, long unitId, String periodKey, long userId) {
}
