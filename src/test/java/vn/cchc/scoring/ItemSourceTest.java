package vn.cchc.scoring;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cchc.UsesDemoData;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.scoring.ScoringFixture.head;
import static vn.cchc.scoring.ScoringFixture.manual;
import static vn.cchc.scoring.ScoringFixture.row;

/** An item of method SOURCE takes its value from whichever module answers its code, scored like an indicator. */
@UsesDemoData("the demo accounts")
class ItemSourceTest extends ScoringTestBase {

    @Autowired
    Clock clock;

    private static List<CriterionInput> rowsFedBy(String sourceCode) {
        return List.of(
                head("1", "Công tác chỉ đạo, điều hành"),
                manual("1.1", "Ban hành kế hoạch CCHC kịp thời", "2"),
                head("3", "Cải cách TTHC"),
                row("3.1", "Tỷ lệ kiến nghị sau kiểm tra được khắc phục đúng hạn", "4", ItemKind.NORMAL, Method.SOURCE,
                        null, sourceCode, "100", false));
    }

    @Test
    void anItemFedBySeventyFivePercentAgainstAThresholdOfOneHundredGetsThreeOfFourPoints() {
        int year = ScoringFixture.newYear();
        long set = fx.activeSet(year, ScoringGroup.DEPARTMENT, rowsFedBy("TEST_KHAC_PHUC"), "0", "0");
        long stp = fx.unit("SO_TU_PHAP");
        FakeScoreSources.ITEMS.put("TEST_KHAC_PHUC/" + stp + "/" + year, new BigDecimal("75"));
        LocalDate today = LocalDate.now(clock);
        long r = fx.openRound(year, Map.of(ScoringGroup.DEPARTMENT, set), List.of("SO_TU_PHAP"), today.plusDays(1),
                today.plusDays(2), today.plusDays(3));
        long computed = item(r, "SO_TU_PHAP", "3.1");
        // 4 × 75 / 100 = 3
        assertThat(selfPoints(computed)).isEqualByComparingTo("3");
        assertThat(store.requireItem(computed).computedDetail()).isEqualTo(
                "Giá trị = 75 % (dữ liệu kiểm thử). Chưa đạt ngưỡng: 4 × 75 / 100 = 3 điểm.");
    }

    @Test
    void anItemWhoseSourceAnswersNothingWaitsForData() {
        int year = ScoringFixture.newYear();
        long set = fx.activeSet(year, ScoringGroup.DEPARTMENT, rowsFedBy("TEST_KHONG_AI_TRA_LOI"), "0", "0");
        LocalDate today = LocalDate.now(clock);
        long r = fx.openRound(year, Map.of(ScoringGroup.DEPARTMENT, set), List.of("SO_TU_PHAP"), today.plusDays(1),
                today.plusDays(2), today.plusDays(3));
        long computed = item(r, "SO_TU_PHAP", "3.1");
        assertThat(selfPoints(computed)).isNull();
        assertThat(store.requireItem(computed).computedDetail())
                .isEqualTo("Chưa có dữ liệu TEST_KHONG_AI_TRA_LOI năm " + year + ".");
    }

    @Test
    void aSourceItemWithoutTheCodeOfItsSourceIsRefused() {
        List<CriterionInput.Problem> problems = CriterionInput.validate(rowsFedBy(" "));
        assertThat(problems).extracting(CriterionInput.Problem::key).containsExactly("scoring.criterion.noSource");
    }
}
