package vn.cchc.scoring;

/** A consolidated round was published by a leader (unitId is the leader's unit), with the decision's reference. */
public record RoundPublished(long roundId, int year, String decisionRef, long unitId, long userId) {
}
