package vn.cchc.scoring;

/** An appraiser asked the unit to explain one item of its self-assessment. */
public record ExplanationRequested(long itemId, long assessmentId, long roundId, long unitId, long userId) {
}
