package vn.cchc.scoring;

/** The appraising department (unitId) finalised its area of the round. */
public record AppraisalFinished(long roundId, String areaCode, long unitId, long userId) {
}
