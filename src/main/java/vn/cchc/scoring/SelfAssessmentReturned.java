package vn.cchc.scoring;

/** The standing agency gave a unit's self-assessment back (with the reason and a new deadline). */
public record SelfAssessmentReturned(long assessmentId, long roundId, long unitId, long userId, String reason) {
}
