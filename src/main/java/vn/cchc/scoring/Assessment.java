package vn.cchc.scoring;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One unit's assessment in a round: DRAFT until the unit submits (the head confirms), then SUBMITTED (locked). */
public record Assessment(long id, long roundId, long unitId, long setId, String status, LocalDate selfDeadlineOverride,
                         String submittedBy, OffsetDateTime submittedAt, String headName,
                         String explanationSubmittedBy, OffsetDateTime explanationSubmittedAt) {

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
