package vn.cchc.scoring;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.cchc.UsesDemoData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

/** A self-score is typed the Vietnamese way: "1,5" is one and a half; "1.5" could be misread and is refused. */
@UsesDemoData("the demo accounts")
class VietnameseScoreInputTest extends ScoringTestBase {

    @org.springframework.beans.factory.annotation.Autowired
    java.time.Clock clock;

    private long bonusItem() {
        int year = ScoringFixture.newYear();
        long set = fx.activeSet(year, ScoringGroup.DEPARTMENT, ScoringFixture.departmentRows(), "1", "2");
        LocalDate today = java.time.LocalDate.now(clock);
        long round = fx.openRound(year, Map.of(ScoringGroup.DEPARTMENT, set), List.of("SO_TU_PHAP", "SO_KHCN"),
                today.plusDays(5), today.plusDays(10), today.plusDays(15));
        return item(round, "SO_TU_PHAP", "9.1");
    }

    @Test
    void aBonusOfOneAndAHalfTypedWithADecimalCommaIsStoredAsOnePointFive() throws Exception {
        long item = bonusItem();

        mvc.perform(multipart("/scoring/items/" + item + "/self").param("points", "1,5").with(as("stp.cchc")).with(csrf()));

        assertThat(selfPoints(item)).isEqualByComparingTo("1.5");
    }

    @Test
    void aBonusTypedWithADecimalDotIsRefusedWithHowToWriteItAndNothingIsStored() throws Exception {
        long item = bonusItem();
        selfScore("stp.cchc", item, "1");

        mvc.perform(multipart("/scoring/items/" + item + "/self").param("points", "1.5").with(as("stp.cchc")).with(csrf()))
                .andExpect(flash().attribute("scoringError", "«1.5» — Dùng dấu phẩy cho phần thập phân: 1,5"));

        assertThat(selfPoints(item)).isEqualByComparingTo("1");
    }
}
