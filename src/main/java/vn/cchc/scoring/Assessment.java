package vn.cchc.scoring;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One unit's assessment in a round: DRAFT until the unit submits (the head confirms), then SUBMITTED (locked). */
public record Assessment(long id, long roundId, long unitId, long setId, String status, LocalDate selfDeadlineOverride,
                         String submittedBy, OffsetDateTime submittedAt, String headName,
                         String explanationSubmittedBy, OffsetDateTime explanationSubmittedAt) {

    /** DRAFT while the unit scores; SUBMITTED once it has submitted (locked for the unit). */
    public enum State { DRAFT, SUBMITTED }

    public State state() {
        return State.valueOf(status);
    }

    /** Only a draft is submitted: a second submission is refused. */
    State submit() {
        if (submitted()) {
            throw ScoringException.locked("scoring.assessment.submitted");
        }
        return State.SUBMITTED;
    }

    /**
     * The standing agency gives it back to the unit, or gives a draft more time: a draft again. Giving a draft
     * a deadline it already has changes nothing and is refused.
     */
    State returnForCorrection(LocalDate newDeadline) {
        if (!submitted() && selfDeadlineOverride != null && !newDeadline.isAfter(selfDeadlineOverride)) {
            throw ScoringException.locked("scoring.reopen.alreadyOpen", ScoringTexts.dmy(selfDeadlineOverride));
        }
        return State.DRAFT;
    }

    public boolean submitted() {
        return "SUBMITTED".equals(status);
    }

    public boolean explanationLocked() {
        return explanationSubmittedAt != null;
    }

    /** The round's self-scoring deadline, or the later one given when the standing agency reopened the unit. */
    public LocalDate selfDeadline(ScoreRound round) {
        return selfDeadlineOverride != null && selfDeadlineOverride.isAfter(round.selfDeadline())
                ? selfDeadlineOverride : round.selfDeadline();
    }
}
