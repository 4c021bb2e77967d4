package vn.cchc.scoring;

/** The appraising department (unitId) finalised its area of the round. */
record AppraisalFinished(long roundId, String areaCode, long unitId, long userId) {
}
