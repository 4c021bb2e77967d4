package vn.cchc.indicator;

import vn.cchc.directory.UnitRef;
import vn.cchc.time.ProvinceTime;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** One unit's reporting form for one period, as shown and validated. */
public record ReportForm(UnitRef unit, Period period, Long reportId, ReportStatus status, LocalDate dueOn,
                         boolean locked, LocalDate openUntil, boolean canEdit, boolean canDecide,
                         boolean ownWork,
                         OffsetDateTime submittedAt, String submittedBy, OffsetDateTime decidedAt, String decidedBy,
                         String returnReason, List<Row> rows) {

    /** One indicator of the form with what was entered, its target and what the checks found. */
    public record Row(Indicator indicator, BigDecimal numerator, BigDecimal denominator, String comment,
                      BigDecimal value, Target target, Achievement achievement, BigDecimal historyMean) {

        public String inputName(String part) {
            return part + "_" + indicator.code();
        }

        /** For other modules' counts (the reform reports' appendix): the value meets its target. */
        public boolean targetMet() {
            return achievement == Achievement.ACHIEVED;
        }

        public boolean targetMissed() {
            return achievement == Achievement.MISSED;
        }
    }

    public boolean submittedOnTime() {
        return submittedAt != null && !submittedAt.atZoneSameInstant(ProvinceTime.ZONE).toLocalDate().isAfter(dueOn);
    }
}
