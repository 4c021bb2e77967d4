package vn.cchc.plan;

/**
 * One lead unit's part of a task. Its officer reports progress; reporting it done makes it wait for
 * confirmation, and while it waits (or once done) nothing more is reported.
 */
record LeadPart(long taskId, long unitId, Status status, Review review) {

    enum Status { NOT_STARTED, IN_PROGRESS, DONE }

    enum Review { NONE, AWAITING, RETURNED }

    /** The part after a progress post: a "done" waits for confirmation and stays in progress until then. */
    LeadPart report(Status reported) {
        if (status == Status.DONE || review == Review.AWAITING) {
            throw new PlanRuleException("plan.error.closed");
        }
        return reported == Status.DONE ? new LeadPart(taskId, unitId, Status.IN_PROGRESS, Review.AWAITING)
                : new LeadPart(taskId, unitId, reported, Review.NONE);
    }
}
