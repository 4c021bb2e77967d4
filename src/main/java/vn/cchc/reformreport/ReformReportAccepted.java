package vn.cchc.reformreport;

/**
 * A unit's submitted reform report was accepted by the standing agency or a following leader; published once.
 * {@code version} is the report's version that was decided.
 */
public record ReformReportAccepted(long reportId, int version, long unitId, String periodKey, String periodLabel,
                                   long userId) {
}
