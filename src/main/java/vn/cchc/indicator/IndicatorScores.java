package vn.cchc.indicator;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.scoring.ScoreSource;
import vn.cchc.vietnamese.Vietnamese;
import vn.cchc.vietnamese.VietnameseNumbers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Indicator values for scoring's computed items: a unit's value of the year as the heatmap reads it
 * ({@link Achievements#values} for the year: dossier statistics and approved yearly reports). An indicator reported
 * per quarter (or half, month) has no yearly form, so its year is the sum of the numerators and denominators of
 * the unit's approved reports of the year, the same roll-up the province row uses. Ratios come as percentages.
 */
@Component
@Order(10)
class IndicatorScores implements ScoreSource {

    private static final Locale VI = Vietnamese.LOCALE;

    private final Catalogue catalogue;
    private final Achievements achievements;
    private final Reports reports;
    private final MessageSource messages;

    IndicatorScores(Catalogue catalogue, Achievements achievements, Reports reports, MessageSource messages) {
        this.catalogue = catalogue;
        this.achievements = achievements;
        this.reports = reports;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<IndicatorValue> indicatorValue(String indicatorCode, long unitId, int year) {
        if (indicatorCode == null || year < 2000 || year > 2100) {
            return Optional.empty();
        }
        Optional<Indicator> found = catalogue.find(indicatorCode);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Indicator i = found.get();
        Period whole = new Period(PeriodType.YEAR, year, 1);
        Measure m;
        String origin;
        if (achievements.computedCodes().contains(i.code()) || i.periodType() == PeriodType.YEAR) {
            m = achievements.values(whole).units().getOrDefault(unitId, Map.of()).get(i.code());
            origin = text(achievements.computedCodes().contains(i.code()) ? "indicator.score.origin.computed"
                    : "indicator.score.origin.year");
        } else {
            m = null;
            int approved = 0;
            for (Period p : periodsOf(i.periodType(), year)) {
                Measure x = reports.approvedValues(p).getOrDefault(unitId, Map.of()).get(i.code());
                if (x != null) {
                    m = m == null ? x : m.plus(x);
                    approved++;
                }
            }
            origin = text("indicator.score.origin.periods", String.valueOf(approved), text("indicator.score.periodType." + i.periodType()));
        }
        if (m == null) {
            return Optional.empty();
        }
        IndicatorMeasure shown = i.measure() == IndicatorMeasure.BOOLEAN ? IndicatorMeasure.RATIO : i.measure();
        BigDecimal value = m.value(shown);
        if (value == null) {
            return Optional.empty();
        }
        String parts = m.denominator() == null ? number(m.numerator())
                : number(m.numerator()) + "/" + number(m.denominator());
        String source = text("indicator.score.source", i.name(), String.valueOf(year),
                i.unitLabel() == null ? parts : parts + " " + i.unitLabel(), origin);
        return Optional.of(new IndicatorValue(value, source));
    }

    /** The periods of a type that fall in the year, in order. */
    static List<Period> periodsOf(PeriodType type, int year) {
        int count = switch (type) {
            case MONTH -> 12;
            case QUARTER -> 4;
            case HALF -> 2;
            case NINE_MONTHS, YEAR -> 1;
        };
        List<Period> list = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            list.add(new Period(type, year, type == PeriodType.NINE_MONTHS ? 9 : n));
        }
        return list;
    }

    private static String number(BigDecimal b) {
        return VietnameseNumbers.format(b);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }
}
