package vn.cchc.scoring;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Where computed items get their numbers. Scoring asks every bean of this type, in {@code @Order}, and takes the
 * first answer; a source that knows nothing returns empty (shown as "chưa có dữ liệu"). The plan module answers
 * {@link #taskCompletion}, the indicator module {@link #indicatorValue}; scoring depends on neither of them.
 */
public interface ScoreSource {

    /** The unit's plan tasks due in the year and how many of them were done on time. */
    record TaskCompletion(int tasksDue, int doneOnTime, String source) {
        public BigDecimal percent() {
            return tasksDue == 0 ? null : BigDecimal.valueOf(doneOnTime).multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(tasksDue), 2, java.math.RoundingMode.HALF_UP);
        }
    }

    /** An indicator's value for a unit and year (a percentage for rates), with where it comes from. */
    record IndicatorValue(BigDecimal value, String source) {
    }

    default Optional<TaskCompletion> taskCompletion(long unitId, int year) {
        return Optional.empty();
    }

    default Optional<IndicatorValue> indicatorValue(String indicatorCode, long unitId, int year) {
        return Optional.empty();
    }
}
