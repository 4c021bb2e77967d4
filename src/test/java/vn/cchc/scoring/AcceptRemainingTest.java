package vn.cchc.scoring;

import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.cchc.UsesDemoData;

import static org.assertj.core.api.Assertions.assertThat;

/** The appraiser accepts the remaining self-scores of their area in one step. */
@UsesDemoData("the demo accounts")
class AcceptRemainingTest extends ScoringTestBase {

    @Autowired
    Clock clock;

    @Test
    void theRestOfAnAreaIsAcceptedItemByItemLeavingChangedAndUnsubmittedItemsAlone() {
        int year = ScoringFixture.newYear();
        long dept = fx.activeSet(year, ScoringGroup.DEPARTMENT, ScoringFixture.departmentRows(), "1", "2");
        LocalDate today = LocalDate.now(clock);
        long round = fx.openRound(year, Map.of(ScoringGroup.DEPARTMENT, dept), List.of("SO_KHCN", "SO_TAI_CHINH"),
                today.plusDays(5), today.plusDays(10), today.plusDays(15));
        fx.run("skhcn.cchc", () -> {
            self.score(item(round, "SO_KHCN", "1.1.1"), "2", null, null, List.of(new SelfAssessments.Upload("kh.pdf", PDF)));
            self.score(item(round, "SO_KHCN", "1.1.2"), "3", null, null, List.of());
            self.score(item(round, "SO_KHCN", "2.1"), "4", null, null, List.of());
            self.score(item(round, "SO_KHCN", "2.2"), "2", null, null, List.of());
            self.score(item(round, "SO_KHCN", "3.1"), "4", null, null, List.of());
            self.score(item(round, "SO_KHCN", "9.1"), "0", null, null, List.of());
            self.score(item(round, "SO_KHCN", "9.2"), "0", null, null, List.of());
            self.submit(assessment(round, "SO_KHCN"), "Giám đốc", true);
        });
        selfScore("admin", item(round, "SO_TAI_CHINH", "2.1"), "3");
        fx.run("thamdinh", () -> appraisals.appraise(item(round, "SO_KHCN", "2.1"), "3", "Thiếu 1 văn bản", null));

        int accepted = fx.as("thamdinh", () -> appraisals.acceptRemaining(round, "2"));

        assertThat(accepted).isEqualTo(1);
        ScoreItem kept = store.requireItem(item(round, "SO_KHCN", "2.1"));
        assertThat(kept.appraisedPoints()).isEqualByComparingTo("3");
        assertThat(kept.appraisalReason()).isEqualTo("Thiếu 1 văn bản");
        ScoreItem rest = store.requireItem(item(round, "SO_KHCN", "2.2"));
        assertThat(rest.appraisedPoints()).isEqualByComparingTo("2");
        assertThat(rest.appraisedBy()).isEqualTo("thamdinh");
        assertThat(store.changes(assessment(round, "SO_KHCN"))).anySatisfy(c -> {
            assertThat(c.itemId()).isEqualTo(rest.id());
            assertThat(c.stage()).isEqualTo("APPRAISAL");
            assertThat(c.actor()).isEqualTo("thamdinh");
        });
        assertThat(store.requireItem(item(round, "SO_TAI_CHINH", "2.1")).appraised()).isFalse();
        assertThat(store.requireItem(item(round, "SO_KHCN", "1.1.1")).appraised()).isFalse();
    }
}
