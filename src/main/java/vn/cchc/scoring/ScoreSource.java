package vn.cchc.scoring;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Where computed items get their numbers. Scoring asks every bean of this type, in {@code @Order}, and takes the
 * first answer; a source that knows nothing returns empty (shown as "chưa có dữ liệu"). The plan module answers
 * {@link #taskCompletion}, the indicator module {@link #indicatorValue}; scoring depends on neither of them.
 * Any other module feeds an item of method {@link Method#SOURCE} through {@link #itemValue}: the criterion names
 * the source's code (for example {@code INSPECTION_FIXED_ON_TIME}) and the module that owns the figures answers it.
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

    /**
     * A value another module computes for a unit and year, on the scale of the criterion's threshold or bands
     * (a percentage for rates), with the sentence that says how it was computed ("3/4 kiến nghị khắc phục đúng hạn").
     */
    record ItemValue(BigDecimal value, String source) {
    }

    default Optional<TaskCompletion> taskCompletion(long unitId, int year) {
        return Optional.empty();
    }

    default Optional<IndicatorValue> indicatorValue(String indicatorCode, long unitId, int year) {
        return Optional.empty();
    }

    /** The value of the item source named {@code sourceCode}; empty when this bean does not own that code. */
    default Optional<ItemValue> itemValue(String sourceCode, long unitId, int year) {
        return Optional.empty();
    }
}
