package vn.cchc.scoring;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A year's scoring round: OPEN (self-assessment, appraisal, explanation), CONSOLIDATED, PUBLISHED. */
public record ScoreRound(long id, int year, String name, String status, LocalDate selfDeadline,
                         LocalDate appraisalDeadline, LocalDate explanationDeadline, boolean demo, String openedBy,
                         OffsetDateTime openedAt, String consolidatedBy, OffsetDateTime consolidatedAt,
                         String publishedBy, OffsetDateTime publishedAt, String decisionRef) {

    /** OPEN for self-assessment, appraisal and explanation; CONSOLIDATED; PUBLISHED (the ranking is public). */
    public enum Stage { OPEN, CONSOLIDATED, PUBLISHED }

    public Stage stage() {
        return Stage.valueOf(status);
    }

    /** Only an open round is consolidated, once. */
    Stage consolidate() {
        if (!open()) {
            throw ScoringException.locked("scoring.round.closed");
        }
        return Stage.CONSOLIDATED;
    }

    /** Only a consolidated round is published, once. */
    Stage publish() {
        if (stage() != Stage.CONSOLIDATED) {
            throw ScoringException.locked("scoring.publish.notConsolidated");
        }
        return Stage.PUBLISHED;
    }

    public boolean open() {
        return "OPEN".equals(status);
    }

    public boolean published() {
        return "PUBLISHED".equals(status);
    }

    /** The set and bands used for one unit group. */
    public record GroupSet(ScoringGroup group, long setId, String bands) {

        /** The bands as a value with a readable label ("Xuất sắc ≥ 90; Tốt 80–<90; …"). */
        public Bands.Scale scale() {
            return Bands.Scale.of(bands);
        }
    }

    /** Who appraises an area, and whether they have finalised it. */
    public record Area(String areaCode, long appraiserUnitId, String finalisedBy, OffsetDateTime finalisedAt) {
        public boolean finalised() {
            return finalisedAt != null;
        }

        /** The appraising department declares the area done, once. */
        void requireFinalisable() {
            if (finalised()) {
                throw ScoringException.locked("scoring.area.finalised", areaCode);
            }
        }
    }
}
