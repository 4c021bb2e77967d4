package vn.cchc.reformreport;

import vn.cchc.security.CchcUser;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A unit's reform report for one period as stored, and its moves: the unit saves and submits while it is a draft or
 * returned; the standing agency returns or accepts a submitted one. Nobody decides on their own work: not the
 * officer who submitted it, and not an officer of the reporting unit.
 */
record ReformReport(long id, long unitId, String periodKey, LocalDate windowFrom, LocalDate windowTo, LocalDate dueOn,
                    LocalDate closesOn, ReformReportStatus status, int version, Map<String, String> sections,
                    List<Figure> figures, OffsetDateTime submittedAt, String submittedBy, boolean late,
                    OffsetDateTime decidedAt, String decidedBy, String returnReason, String updatedBy,
                    OffsetDateTime updatedAt) {

    void requireEditable() {
        if (!status.editable()) {
            throw new ReformReportRefused("reformreport.error.notEditable." + status);
        }
    }

    void requireDecidableBy(CchcUser by) {
        if (status != ReformReportStatus.SUBMITTED) {
            throw new ReformReportRefused("reformreport.error.notSubmitted");
        }
        if (by.username().equals(submittedBy) || by.unitId() == unitId) {
            throw new ReformReportRefused("reformreport.error.ownWork");
        }
    }
}
