package vn.cchc.feedback;

/**
 * Where a case stands. Received → accepted (or refused with a reason) → assigned to the responsible unit → answered
 * → published; an assigned case may wait for the citizen (the clock stops) and an answer may be returned to the unit.
 */
enum FeedbackStatus {
    RECEIVED, ACCEPTED, REFUSED, ASSIGNED, WAITING_FOR_CITIZEN, ANSWERED, PUBLISHED;

    /** Still with the province: the time limit runs (or is stopped while waiting for the citizen). */
    public boolean open() {
        return this != REFUSED && this != ANSWERED && this != PUBLISHED;
    }
}
