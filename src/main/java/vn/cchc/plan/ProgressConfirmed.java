package vn.cchc.plan;

/** The standing agency (or a leader following the unit) confirmed a completion report or approved a request. */
public record ProgressConfirmed(long progressId, long taskId, long unitId, long userId) {
}
