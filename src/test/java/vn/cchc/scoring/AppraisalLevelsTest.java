package vn.cchc.scoring;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The appraiser sees, beside each criterion's input, the points it may be given. */
class AppraisalLevelsTest extends ScoringTestBase {

    @Autowired
    Clock clock;

    @Test
    void theAppraisalPageShowsEachCriterionsAllowedLevelsOrItsRange() throws Exception {
        int year = ScoringFixture.newYear();
        long set = fx.activeSet(year, ScoringGroup.DEPARTMENT, ScoringFixture.departmentRows(), "1", "2");
        LocalDate today = LocalDate.now(clock);
        long round = fx.openRound(year, Map.of(ScoringGroup.DEPARTMENT, set), List.of("SO_TU_PHAP"), today.plusDays(5),
                today.plusDays(10), today.plusDays(15));
        String page = mvc.perform(get("/scoring/rounds/" + round + "/areas/1").with(as("snv.cchc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Mức điểm: 0;1;2").contains("Điểm thẩm định từ 0 đến 3")
                .contains("<option value=\"1\">", "<option value=\"2\">");
    }
}
