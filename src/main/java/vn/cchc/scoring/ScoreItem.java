package vn.cchc.scoring;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** The score of one leaf criterion for one unit: self-score, appraisal, explanation. */
public record ScoreItem(long id, long assessmentId, long criterionId, boolean notApplicable, String notApplicableReason,
                        BigDecimal selfPoints, String selfNote, String evidenceExplanation, String computedDetail,
                        boolean manualOverride, BigDecimal appraisedPoints, String appraisalReason, String appraisedBy,
                        OffsetDateTime appraisedAt, String explanationRequest, String explanationRequestedBy,
                        String explanationAnswer, String explanationOutcome) {

    /** What counts: the appraised score once there is one, else the self-score. */
    public BigDecimal finalPoints() {
        return appraisedPoints != null ? appraisedPoints : selfPoints;
    }

    public boolean appraised() {
        return appraisedAt != null;
    }

    public boolean changedByAppraisal() {
        return appraisedPoints != null && (selfPoints == null || appraisedPoints.compareTo(selfPoints) != 0);
    }

    public boolean explanationRequested() {
        return explanationRequest != null;
    }

    /** Requested and not yet decided by the appraiser. */
    public boolean explanationPending() {
        return explanationRequest != null && explanationOutcome == null;
    }

    /** A file that justifies a self-score (SELF) or an explanation answer (EXPLANATION). */
    public record Evidence(long id, long itemId, String stage, String filename, String contentType, long size,
                           String uploadedBy, OffsetDateTime uploadedAt) {
    }

    /** One step in the history of a score. */
    public record Change(long id, long itemId, String stage, BigDecimal fromPoints, BigDecimal toPoints, String reason,
                         String actor, OffsetDateTime occurredAt) {
    }
}
