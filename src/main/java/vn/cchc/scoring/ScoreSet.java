package vn.cchc.scoring;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One version of a criteria set for a year and unit group. */
record ScoreSet(long id, int year, ScoringGroup group, int version, String name, String decisionRef, String status,
                boolean sample, BigDecimal bonusCap, BigDecimal penaltyCap, Long copiedFromId, String createdBy,
                OffsetDateTime createdAt) {

    public boolean draft() {
        return "DRAFT".equals(status);
    }

    public boolean active() {
        return "ACTIVE".equals(status);
    }
}
