package vn.cchc.indicator;

import org.springframework.http.HttpStatus;
import vn.cchc.security.CchcUser;

/**
 * A unit's report for one period as a state machine: the unit saves drafts and submits; the standing agency
 * approves or returns a submitted report. Nobody approves their own work: not the user who submitted it, and
 * not an officer of the reporting unit.
 */
record IndicatorReport(Long id, long unitId, String periodKey, ReportStatus status, String submittedBy) {

    static IndicatorReport notStarted(long unitId, String periodKey) {
        return new IndicatorReport(null, unitId, periodKey, ReportStatus.NOT_STARTED, null);
    }

    /** Saving keeps a returned report returned (it still shows the reason); anything else becomes a draft. */
    IndicatorReport save() {
        requireEditable();
        return with(status == ReportStatus.RETURNED ? ReportStatus.RETURNED : ReportStatus.DRAFT, submittedBy);
    }

    IndicatorReport submit(CchcUser by) {
        requireEditable();
        return with(ReportStatus.SUBMITTED, by.username());
    }

    IndicatorReport approve(CchcUser by) {
        requireDecidableBy(by);
        return with(ReportStatus.APPROVED, submittedBy);
    }

    IndicatorReport returnForCorrection(CchcUser by) {
        requireDecidableBy(by);
        return with(ReportStatus.RETURNED, submittedBy);
    }

    /** Values of a report that was never submitted (or was given back) belong to its unit until it submits. */
    boolean unsubmitted() {
        return status == ReportStatus.DRAFT || status == ReportStatus.RETURNED;
    }

    private void requireEditable() {
        if (status == ReportStatus.SUBMITTED || status == ReportStatus.APPROVED) {
            throw new IndicatorException(HttpStatus.CONFLICT, "indicator.error.notEditable." + status);
        }
    }

    private void requireDecidableBy(CchcUser by) {
        if (status != ReportStatus.SUBMITTED) {
            throw new IndicatorException(HttpStatus.CONFLICT, "indicator.error.notSubmitted");
        }
        if (by.username().equals(submittedBy)) {
            throw new IndicatorException(HttpStatus.FORBIDDEN, "indicator.error.ownWork");
        }
        if (by.unitId() == unitId) {
            throw new IndicatorException(HttpStatus.FORBIDDEN, "indicator.error.ownUnit");
        }
    }

    private IndicatorReport with(ReportStatus next, String submitter) {
        return new IndicatorReport(id, unitId, periodKey, next, submitter);
    }
}
