package vn.cchc.plan;

import vn.cchc.security.CchcUser;
import vn.cchc.security.Role;

/**
 * A progress entry that waits for a decision: a completion report or a request to postpone, cancel or extend.
 * It is decided once, and never by its author nor by an officer of the unit it speaks for (a leader who follows
 * that unit may decide the standing agency's own work).
 */
record ProgressReport(long id, long taskId, String kind, long unitId, String author, Review review) {

    enum Review { NONE, AWAITING, CONFIRMED, RETURNED }

    ProgressReport confirm(CchcUser by) {
        requireDecidableBy(by);
        return new ProgressReport(id, taskId, kind, unitId, author, Review.CONFIRMED);
    }

    ProgressReport returnForCorrection(CchcUser by) {
        requireDecidableBy(by);
        return new ProgressReport(id, taskId, kind, unitId, author, Review.RETURNED);
    }

    private void requireDecidableBy(CchcUser by) {
        String refusal = refusal(by);
        if (refusal != null) {
            throw new PlanRuleException(refusal);
        }
    }

    /** Why the user may not decide this entry (a message key), or null when they may. */
    String refusal(CchcUser by) {
        if (review != Review.AWAITING) {
            return "plan.error.notAwaiting";
        }
        if (author.equals(by.username())) {
            return "plan.error.ownWork";
        }
        if (unitId == by.unitId() && !by.has(Role.LEADER)) {
            return "plan.error.ownUnit";
        }
        return null;
    }
}
