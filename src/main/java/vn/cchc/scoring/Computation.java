package vn.cchc.scoring;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Points of computed items (indicator values, task completion, other modules' item sources), with the computation written out. */
@Component
class Computation {

    /** Points null means there is no data yet; the detail always says why. */
    record Result(BigDecimal points, String detail) {
    }

    private final ObjectProvider<ScoreSource> sources;
    private final ScoringTexts texts;

    Computation(ObjectProvider<ScoreSource> sources, ScoringTexts texts) {
        this.sources = sources;
        this.texts = texts;
    }

    Result compute(Criterion c, long unitId, int year) {
        return switch (c.method()) {
            case INDICATOR -> indicator(c, unitId, year);
            case TASK_COMPLETION -> tasks(c, unitId, year);
            case SOURCE -> fromSource(c, unitId, year);
            default -> new Result(null, null);
        };
    }

    private <T> Optional<T> first(Function<ScoreSource, Optional<T>> ask) {
        List<ScoreSource> ordered = sources.orderedStream().toList();
        for (ScoreSource s : ordered) {
            Optional<T> v = ask.apply(s);
            if (v != null && v.isPresent()) {
                return v;
            }
        }
        return Optional.empty();
    }

    private Result indicator(Criterion c, long unitId, int year) {
        Optional<ScoreSource.IndicatorValue> v = first(s -> s.indicatorValue(c.indicatorCode(), unitId, year));
        if (v.isEmpty() || v.get().value() == null) {
            return new Result(null, texts.get("scoring.computed.noIndicator", c.indicatorCode(), String.valueOf(year)));
        }
        BigDecimal value = v.get().value();
        String source = v.get().source() == null ? "" : v.get().source();
        String head = texts.get("scoring.computed.indicatorValue", c.indicatorCode(), texts.points(value), source);
        return apply(c, value, head);
    }

    private Result tasks(Criterion c, long unitId, int year) {
        Optional<ScoreSource.TaskCompletion> t = first(s -> s.taskCompletion(unitId, year));
        if (t.isEmpty() || t.get().tasksDue() <= 0) {
            return new Result(null, texts.get("scoring.computed.noTasks", String.valueOf(year)));
        }
        BigDecimal pct = t.get().percent();
        String head = texts.get("scoring.computed.tasks", t.get().doneOnTime(), t.get().tasksDue(), texts.points(pct),
                t.get().source() == null ? "" : t.get().source());
        return apply(c, pct, head);
    }

    private Result fromSource(Criterion c, long unitId, int year) {
        Optional<ScoreSource.ItemValue> v = first(s -> s.itemValue(c.indicatorCode(), unitId, year));
        if (v.isEmpty() || v.get().value() == null) {
            return new Result(null, texts.get("scoring.computed.noSource", c.indicatorCode(), String.valueOf(year)));
        }
        String head = texts.get("scoring.computed.sourceValue", texts.points(v.get().value()),
                v.get().source() == null ? "" : v.get().source());
        return apply(c, v.get().value(), head);
    }

    /** Bands when the criterion has them, else full points at or above the threshold and proportional below. */
    private Result apply(Criterion c, BigDecimal value, String head) {
        List<Criterion.Band> bands = c.bandList();
        if (!bands.isEmpty()) {
            for (Criterion.Band b : bands) {
                if (value.compareTo(b.from()) >= 0) {
                    return new Result(CriterionInput.scale(b.points()), head + " " + texts.get("scoring.computed.band",
                            texts.points(b.from()), texts.points(b.points())));
                }
            }
            return new Result(BigDecimal.ZERO.setScale(2), head + " " + texts.get("scoring.computed.belowBands"));
        }
        BigDecimal threshold = c.threshold() == null ? BigDecimal.valueOf(100) : c.threshold();
        if (value.compareTo(threshold) >= 0) {
            return new Result(CriterionInput.scale(c.maxPoints()), head + " " + texts.get("scoring.computed.reached",
                    texts.points(threshold), texts.points(c.maxPoints())));
        }
        BigDecimal points = c.maxPoints().multiply(value.max(BigDecimal.ZERO)).divide(threshold, 2, RoundingMode.HALF_UP);
        return new Result(points, head + " " + texts.get("scoring.computed.proportional", texts.points(c.maxPoints()),
                texts.points(value), texts.points(threshold), texts.points(points)));
    }
}
