package vn.cchc.feedback;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.indicator.IndicatorSource;
import vn.cchc.indicator.Measure;
import vn.cchc.indicator.Period;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decision 766 indicator 5.2, feedback handled on time, computed from the cases: of the cases received or answered
 * in the period (refused ones left out), those answered by their due day, per assigned unit; the province adds the
 * units' numerators and denominators.
 */
@Component
@Transactional(readOnly = true)
class FeedbackIndicator implements IndicatorSource {

    static final String ON_TIME = "CS766_5_2";

    private final FeedbackFigures figures;

    FeedbackIndicator(FeedbackFigures figures) {
        this.figures = figures;
    }

    @Override
    public Set<String> indicatorCodes() {
        return Set.of(ON_TIME);
    }

    @Override
    public Map<Long, Map<String, Measure>> unitValues(Period period) {
        Map<Long, Map<String, Measure>> out = new HashMap<>();
        figures.onTime(period.start(), period.end())
                .forEach((unit, v) -> out.put(unit, Map.of(ON_TIME, Measure.of(v.onTime(), v.cases()))));
        return out;
    }

    @Override
    public Map<String, Measure> provinceValues(Period period) {
        long cases = 0;
        long onTime = 0;
        for (FeedbackFigures.OnTime v : figures.onTime(period.start(), period.end()).values()) {
            cases += v.cases();
            onTime += v.onTime();
        }
        return cases == 0 ? Map.of() : Map.of(ON_TIME, Measure.of(onTime, cases));
    }

    @Override
    public List<Measure> monthly(String code, Long unitId, YearMonth from, YearMonth to) {
        List<Measure> out = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            Map<Long, FeedbackFigures.OnTime> month = figures.onTime(m.atDay(1), m.atEndOfMonth());
            long cases = 0;
            long onTime = 0;
            for (Map.Entry<Long, FeedbackFigures.OnTime> e : month.entrySet()) {
                if (unitId == null || unitId.equals(e.getKey())) {
                    cases += e.getValue().cases();
                    onTime += e.getValue().onTime();
                }
            }
            out.add(cases == 0 ? null : Measure.of(onTime, cases));
        }
        return out;
    }
}
