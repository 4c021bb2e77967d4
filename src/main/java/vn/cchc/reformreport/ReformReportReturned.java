package vn.cchc.reformreport;

/**
 * A unit's submitted reform report went back to it for correction, with the reason; published once per return.
 * {@code version} is the report's version that was decided, so a report returned again after a resubmission is a
 * new thing to tell.
 */
public record ReformReportReturned(long reportId, int version, long unitId, String periodKey, String periodLabel,
                                   long userId, String reason) {
}
