package vn.cchc.indicator;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Periods, ratio roll-up and the Decision 766 scoring rule, without Spring. */
class PeriodAndScoreTest {

    @Test
    void periodKeysRoundTripAndCoverTheirMonths() {
        for (String key : List.of("2025-M03", "2025-Q1", "2025-H2", "2025-N9", "2025")) {
            assertThat(Period.parse(key).key()).isEqualTo(key);
        }
        assertThat(Period.parse("2025-Q3").months()).containsExactly(YearMonth.of(2025, 7), YearMonth.of(2025, 8), YearMonth.of(2025, 9));
        assertThat(Period.parse("2025-N9").end()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(Period.parse("2025-H1").end()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(Period.containing(PeriodType.QUARTER, LocalDate.of(2026, 11, 23)).key()).isEqualTo("2026-Q4");
        assertThat(Period.parse("2025-Q1").previous().key()).isEqualTo("2024-Q4");
        assertThatThrownBy(() -> Period.parse("2025-Q5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Period.parse("Q1-2025")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ratiosRollUpByAddingNumeratorsAndDenominators() {
        Measure a = Measure.of(3, 7);   // 42.86 %
        Measure b = Measure.of(1, 2);   // 50 %
        Measure province = a.plus(b);
        assertThat(province.value(IndicatorMeasure.RATIO)).isEqualByComparingTo("44.44");
        // not the mean of the two percentages (46.43)
        assertThat(province.value(IndicatorMeasure.RATIO)).isNotEqualByComparingTo("46.43");
        assertThat(Measure.of(0, 0).value(IndicatorMeasure.RATIO)).isNull();
        assertThat(new Measure(new BigDecimal("21.5"), BigDecimal.valueOf(4)).value(IndicatorMeasure.AMOUNT))
                .isEqualByComparingTo("5.38");
    }

    @Test
    void decision766ScoringRule() {
        // with a threshold: full points at or above it, else rate x M / T
        assertThat(Score766.points(new BigDecimal("85"), BigDecimal.valueOf(6), BigDecimal.valueOf(80))).isEqualByComparingTo("6");
        assertThat(Score766.points(new BigDecimal("40"), BigDecimal.valueOf(6), BigDecimal.valueOf(80))).isEqualByComparingTo("3");
        // without one: rate x M
        assertThat(Score766.points(new BigDecimal("95"), BigDecimal.valueOf(20), null)).isEqualByComparingTo("19");
        assertThat(Score766.band(new BigDecimal("90"))).isEqualTo("EXCELLENT");
        assertThat(Score766.band(new BigDecimal("89.99"))).isEqualTo("GOOD");
        assertThat(Score766.band(new BigDecimal("70"))).isEqualTo("FAIR");
        assertThat(Score766.band(new BigDecimal("50"))).isEqualTo("AVERAGE");
        assertThat(Score766.band(new BigDecimal("49.9"))).isEqualTo("WEAK");
    }

    @Test
    void scoreCoversOnlyIndicatorsWithData() {
        Indicator onTime = new Indicator(1, "CS766_2_1", "x", null, IndicatorMeasure.RATIO, "HIGHER", "SUM_RATIO",
                PeriodType.MONTH, "DOSSIER", null, "2", BigDecimal.valueOf(20), null, 1);
        Indicator online = new Indicator(2, "CS766_3_3", "y", null, IndicatorMeasure.RATIO, "HIGHER", "SUM_RATIO",
                PeriodType.MONTH, "DOSSIER", null, "3", BigDecimal.valueOf(6), BigDecimal.valueOf(50), 2);
        Indicator missing = new Indicator(3, "CS766_5_2", "z", null, IndicatorMeasure.RATIO, "HIGHER", "SUM_RATIO",
                PeriodType.QUARTER, "REPORTED", null, "5", BigDecimal.valueOf(6), null, 3);
        Score766 s = Score766.of(List.of(onTime, online, missing), Map.of("CS766_2_1", Measure.of(9, 10),
                "CS766_3_3", Measure.of(1, 4)));
        // 2.1: 90 % of 20 = 18; 3.3: 25 % below the 50 % threshold = 25 x 6 / 50 = 3; 5.2 no data
        assertThat(s.total()).isEqualByComparingTo("21");
        assertThat(s.available()).isEqualByComparingTo("26");
        assertThat(s.scaled()).isEqualByComparingTo("80.77");
        assertThat(s.band()).isEqualTo("GOOD");
        assertThat(s.groups()).containsEntry("5", BigDecimal.ZERO);
    }
}
