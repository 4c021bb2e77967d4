package vn.cchc.plan;

/** A completion report or request went back to the unit with a reason. */
public record ProgressReturned(long progressId, long taskId, long unitId, long userId, String reason) {
}
