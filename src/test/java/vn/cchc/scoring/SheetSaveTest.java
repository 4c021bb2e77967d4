package vn.cchc.scoring;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The self-assessment sheet saved with one button, and its draft autosaved: all items or none. */
class SheetSaveTest extends ScoringTestBase {

    @Autowired
    Clock clock;

    private long openRound() {
        int year = ScoringFixture.newYear();
        long set = fx.activeSet(year, ScoringGroup.DEPARTMENT, ScoringFixture.departmentRows(), "1", "2");
        LocalDate today = LocalDate.now(clock);
        return fx.openRound(year, Map.of(ScoringGroup.DEPARTMENT, set), List.of("SO_TU_PHAP"), today.plusDays(5),
                today.plusDays(10), today.plusDays(15));
    }

    private BigDecimal points(long item) {
        return jdbc.sql("select self_points from score_item where id = ?").param(item)
                .query((rs, n) -> java.util.Optional.ofNullable(rs.getBigDecimal(1))).single().orElse(null);
    }

    private long assessmentOf(long item) {
        return jdbc.sql("select assessment_id from score_item where id = ?").param(item).query(Long.class).single();
    }

    @Test
    void oneClickSavesEveryChangedItemOfTheSheet() throws Exception {
        long r = openRound();
        long plan = item(r, "SO_TU_PHAP", "1.1.1");
        long laws = item(r, "SO_TU_PHAP", "2.1");
        long review = item(r, "SO_TU_PHAP", "2.2");
        mvc.perform(post("/scoring/assessments/" + assessmentOf(plan) + "/self-all")
                        .param("points-" + plan, "2").param("note-" + plan, "Kế hoạch 05/KH-STP ngày 05/01")
                        .param("points-" + laws, "3,5").param("points-" + review, "")
                        .with(as("stp.cchc")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashSuccess", "scoring.flash.savedAll"));
        assertThat(points(plan)).isEqualByComparingTo("2");
        assertThat(points(laws)).isEqualByComparingTo("3.5");
        assertThat(jdbc.sql("select self_note from score_item where id = ?").param(plan).query(String.class).single())
                .isEqualTo("Kế hoạch 05/KH-STP ngày 05/01");
    }

    @Test
    void oneBadItemRefusesTheWholeSheetAndNamesItsCriterion() throws Exception {
        long r = openRound();
        long plan = item(r, "SO_TU_PHAP", "1.1.1");
        long review = item(r, "SO_TU_PHAP", "2.2");
        mvc.perform(post("/scoring/assessments/" + assessmentOf(plan) + "/self-all")
                        .param("points-" + plan, "2").param("points-" + review, "7")
                        .with(as("stp.cchc")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("scoringErrors", List.of("Tiêu chí 2.2: điểm phải từ 0 đến 2.")));
        assertThat(points(plan)).as("the good item is not saved either").isNull();
        assertThat(points(review)).isNull();
    }

    @Test
    void theDraftAutosaveSavesAndSaysWhen() throws Exception {
        long r = openRound();
        long laws = item(r, "SO_TU_PHAP", "2.1");
        mvc.perform(post("/scoring/assessments/" + assessmentOf(laws) + "/draft").param("points-" + laws, "4")
                        .with(as("stp.cchc")).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Đã tự động lưu nháp lúc")));
        assertThat(points(laws)).isEqualByComparingTo("4");
    }

    @Test
    void theAutosaveCannotChangeASubmittedSheet() throws Exception {
        int year = ScoringFixture.newYear();
        long set = fx.activeSet(year, ScoringGroup.DEPARTMENT, List.of(ScoringFixture.head("2", "Cải cách thể chế"),
                ScoringFixture.manual("2.1", "Ban hành văn bản QPPL đúng kế hoạch", "4")), "0", "0");
        LocalDate today = LocalDate.now(clock);
        long r = fx.openRound(year, Map.of(ScoringGroup.DEPARTMENT, set), List.of("SO_TU_PHAP"), today.plusDays(5),
                today.plusDays(10), today.plusDays(15));
        long laws = item(r, "SO_TU_PHAP", "2.1");
        selfScore("stp.cchc", laws, "3");
        fx.run("stp.cchc", () -> self.submit(assessmentOf(laws), "Nguyễn Văn Giám đốc", true));
        mvc.perform(post("/scoring/assessments/" + assessmentOf(laws) + "/draft").param("points-" + laws, "1")
                        .with(as("stp.cchc")).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("chốt")));
        assertThat(points(laws)).isEqualByComparingTo("3");
    }

    @Test
    void anotherUnitsOfficerCannotSaveTheSheet() throws Exception {
        long r = openRound();
        long laws = item(r, "SO_TU_PHAP", "2.1");
        mvc.perform(post("/scoring/assessments/" + assessmentOf(laws) + "/self-all").param("points-" + laws, "4")
                .with(as("skhcn.cchc")).with(csrf())).andExpect(status().isForbidden());
        assertThat(points(laws)).isNull();
    }
}
