package vn.cchc.inspection;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.cchc.scoring.ScoreSource;
import vn.cchc.vietnamese.Vietnamese;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * Feeds scoring's items of method SOURCE named {@value #FIXED_ON_TIME}: the share of the inspection recommendations a
 * unit is responsible for, due in the round's year (an undated one by its notice's date), whose follow-up task was
 * done on time, as the reports count them ({@link InspectionCounts}, the task board's states at the year's end or
 * today). No recommendation due in the year: no value, and the item waits for data.
 */
@Component
@Order(20)
class InspectionScores implements ScoreSource {

    static final String FIXED_ON_TIME = "INSPECTION_FIXED_ON_TIME";
    private static final Locale VI = Vietnamese.LOCALE;

    private final InspectionCounts counts;
    private final MessageSource messages;

    InspectionScores(InspectionCounts counts, MessageSource messages) {
        this.counts = counts;
        this.messages = messages;
    }

    @Override
    public Optional<ItemValue> itemValue(String sourceCode, long unitId, int year) {
        if (!FIXED_ON_TIME.equals(sourceCode)) {
            return Optional.empty();
        }
        InspectionCounts.Counts c = counts.of(unitId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        if (c.recommendations() == 0) {
            return Optional.empty();
        }
        BigDecimal share = BigDecimal.valueOf(c.doneOnTime()).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(c.recommendations()), 2, RoundingMode.HALF_UP);
        return Optional.of(new ItemValue(share, messages.getMessage("inspection.score.source", new Object[]{
                String.valueOf(c.doneOnTime()), String.valueOf(c.recommendations()), String.valueOf(year)}, VI)));
    }
}
