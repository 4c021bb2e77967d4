package vn.cchc.scoring;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A score source for tests, registered once in the shared test context (a test-only component, not a mock bean):
 * it answers only what a test has put in it, for indicator codes and years no demo data uses.
 */
@Component
@Order(0)
public class FakeScoreSources implements ScoreSource {

    static final Map<String, BigDecimal> INDICATORS = new ConcurrentHashMap<>();
    static final Map<String, TaskCompletion> TASKS = new ConcurrentHashMap<>();
    static final Map<String, BigDecimal> ITEMS = new ConcurrentHashMap<>();

    @Override
    public Optional<IndicatorValue> indicatorValue(String indicatorCode, long unitId, int year) {
        BigDecimal v = INDICATORS.get(indicatorCode + "/" + unitId + "/" + year);
        return v == null ? Optional.empty() : Optional.of(new IndicatorValue(v, "dữ liệu kiểm thử"));
    }

    @Override
    public Optional<TaskCompletion> taskCompletion(long unitId, int year) {
        return Optional.ofNullable(TASKS.get(unitId + "/" + year));
    }

    @Override
    public Optional<ItemValue> itemValue(String sourceCode, long unitId, int year) {
        BigDecimal v = ITEMS.get(sourceCode + "/" + unitId + "/" + year);
        return v == null ? Optional.empty() : Optional.of(new ItemValue(v, "dữ liệu kiểm thử"));
    }
}
