package vn.cchc.scoring;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cchc.UsesDemoData;
import vn.cchc.directory.UnitRef;
import vn.cchc.indicator.Catalogue;
import vn.cchc.indicator.Entry;
import vn.cchc.indicator.Indicator;
import vn.cchc.indicator.IndicatorMeasure;
import vn.cchc.indicator.Measure;
import vn.cchc.indicator.Period;
import vn.cchc.indicator.PeriodType;
import vn.cchc.indicator.Reports;

import java.time.Clock;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Computed items read the indicator module's values (no fake source involved): a unit's approved reports of the
 * year flow into the item's points and into the computation written next to it.
 */
@UsesDemoData("the demo accounts")
class IndicatorScoringTest extends ScoringTestBase {

    @Autowired
    Clock clock;

    @Autowired
    Reports reports;
    @Autowired
    Catalogue catalogue;
    @Autowired
    ScoringTexts texts;

    /** A complete form of the period type as an officer of the unit submits it, then approved by the standing agency. */
    private void approvedReport(UnitRef unit, Period period, String code, long numerator, long denominator) {
        Map<String, Entry> entries = new HashMap<>();
        for (Indicator i : catalogue.form(period.type())) {
            Entry e = switch (i.measure()) {
                case RATIO -> new Entry(BigDecimal.TEN, BigDecimal.TEN, "Số liệu kiểm thử");
                case BOOLEAN -> new Entry(BigDecimal.ONE, null, "Số liệu kiểm thử");
                default -> new Entry(BigDecimal.ZERO, null, "Số liệu kiểm thử");
            };
            entries.put(i.code(), e);
        }
        entries.put(code, new Entry(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator), "Số liệu kiểm thử"));
        fx.run("skhcn.cchc", () -> reports.submit(unit, period, entries));
        fx.run("snv.cchc", () -> reports.approve(unit, period));
    }

    /** The department test set with one more indicator item in area 3 (maximum 2, full points from the threshold). */
    private long setWith(int year, String indicatorCode, String threshold) {
        List<CriterionInput> rows = new ArrayList<>(ScoringFixture.departmentRows());
        int afterArea3 = rows.indexOf(rows.stream().filter(r -> r.code().equals("3.2")).findFirst().orElseThrow()) + 1;
        rows.add(afterArea3, ScoringFixture.row("3.3", "Chỉ tiêu từ báo cáo của đơn vị", "2", ItemKind.NORMAL,
                Method.INDICATOR, null, indicatorCode, threshold, false));
        return fx.activeSet(year, ScoringGroup.DEPARTMENT, rows, "1", "2");
    }

    private String computedDetailOf(int year, long set) {
        LocalDate today = LocalDate.now(clock);
        long r = fx.openRound(year, Map.of(ScoringGroup.DEPARTMENT, set), List.of("SO_KHCN"), today.plusDays(1),
                today.plusDays(2), today.plusDays(3));
        return store.requireItem(item(r, "SO_KHCN", "3.3")).computedDetail();
    }

    private static BigDecimal proportional(BigDecimal value, String threshold) {
        return new BigDecimal("2").multiply(value).divide(new BigDecimal(threshold), 2, RoundingMode.HALF_UP);
    }

    @Test
    void anApprovedYearlyReportGivesTheItemItsValueAndComputation() {
        int year = ScoringFixture.newYear();
        UnitRef khcn = directory.findByCode("SO_KHCN").orElseThrow();
        long inspected = 7;
        long subordinate = 9;
        approvedReport(khcn, new Period(PeriodType.YEAR, year, 1), "KIEM_TRA_CCHC", inspected, subordinate);
        BigDecimal value = new Measure(BigDecimal.valueOf(inspected), BigDecimal.valueOf(subordinate)).value(IndicatorMeasure.RATIO);
        String threshold = "80";
        long set = setWith(year, "KIEM_TRA_CCHC", threshold);

        String detail = computedDetailOf(year, set);

        String name = catalogue.find("KIEM_TRA_CCHC").orElseThrow().name();
        assertThat(detail).startsWith("Chỉ số KIEM_TRA_CCHC = " + texts.points(value) + " (Chỉ tiêu \"" + name + "\" năm "
                + year + ": " + inspected + "/" + subordinate + " đơn vị, báo cáo năm đã duyệt).");
        BigDecimal points = proportional(value, threshold);
        assertThat(detail).endsWith(texts.points(points) + " điểm.");
        assertThat(selfPoints(item(roundOf(year), "SO_KHCN", "3.3"))).isEqualByComparingTo(points);
    }

    @Test
    void aQuarterlyIndicatorAddsTheApprovedQuartersOfTheYear() {
        int year = ScoringFixture.newYear();
        UnitRef khcn = directory.findByCode("SO_KHCN").orElseThrow();
        approvedReport(khcn, new Period(PeriodType.QUARTER, year, 1), "CS766_3_1", 8, 10);
        approvedReport(khcn, new Period(PeriodType.QUARTER, year, 2), "CS766_3_1", 6, 10);
        BigDecimal value = new Measure(BigDecimal.valueOf(8 + 6), BigDecimal.valueOf(10 + 10)).value(IndicatorMeasure.RATIO);
        long set = setWith(year, "CS766_3_1", "80");

        String detail = computedDetailOf(year, set);

        assertThat(detail).startsWith("Chỉ số CS766_3_1 = " + texts.points(value) + " (");
        assertThat(detail).contains(": " + (8 + 6) + "/" + (10 + 10) + " TTHC, cộng 2 báo cáo quý đã duyệt trong năm).");
        assertThat(detail).endsWith(texts.points(proportional(value, "80")) + " điểm.");
    }

    private long roundOf(int year) {
        return jdbc.sql("select id from score_round where year = ?").param(year).query(Long.class).single();
    }
}
