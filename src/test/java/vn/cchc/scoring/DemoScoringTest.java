package vn.cchc.scoring;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.cchc.UsesDemoData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The demo's scoring data: a published 2024 round to compare with, and the 2025 round under way. */
@UsesDemoData("the demo accounts, the demo rounds")
class DemoScoringTest extends ScoringTestBase {

    private long demoRound(int year) {
        return jdbc.sql("select id from score_round where demo and year = ?").param(year).query(Long.class).single();
    }

    @Test
    void theDemoHasAPublished2024RoundWhoseRankingIsNotTrivial() {
        ScoreRound round = store.requireRound(demoRound(2024));
        assertThat(round.published()).isTrue();
        assertThat(round.decisionRef()).startsWith("1171/QĐ-UBND");
        assertThat(ScoringTexts.dmy(round.publishedAt().atZoneSameInstant(vn.cchc.time.ProvinceTime.ZONE).toLocalDate()))
                .isEqualTo("25/04/2025");
        Map<ScoringGroup, List<Results.UnitResult>> byGroup = results.of(round.id()).stream()
                .collect(Collectors.groupingBy(Results.UnitResult::group));
        List<Results.UnitResult> departments = byGroup.get(ScoringGroup.DEPARTMENT);
        assertThat(departments).hasSize(5);
        assertThat(departments).extracting(Results.UnitResult::rank).containsExactly(1, 2, 3, 4, 5);
        // computed items read the demo plans (task completion) and dossier statistics, which pull some areas down
        assertThat(departments).allSatisfy(u -> {
            assertThat(u.index()).isBetween(new BigDecimal("80"), new BigDecimal("93"));
            assertThat(u.selfTotal()).isGreaterThanOrEqualTo(u.total());
            assertThat(u.band()).isIn("Xuất sắc", "Tốt");
        });
        assertThat(departments).anySatisfy(u -> assertThat(u.selfTotal()).isGreaterThan(u.total()));
        List<Results.UnitResult> communes = byGroup.get(ScoringGroup.COMMUNE);
        assertThat(communes).extracting(Results.UnitResult::rank).containsExactly(1, 2, 3);
        assertThat(communes.get(2).index()).isLessThan(new BigDecimal("80"));
        // a changed score with its reason, and the explanation that was accepted
        assertThat(jdbc.sql("""
                        select count(*) from score_item i join score_assessment a on a.id = i.assessment_id
                        where a.round_id = ? and i.appraised_points < i.self_points and i.appraisal_reason is not null""")
                .param(round.id()).query(Long.class).single()).isGreaterThan(0);
        assertThat(jdbc.sql("""
                        select count(*) from score_item i join score_assessment a on a.id = i.assessment_id
                        where a.round_id = ? and i.explanation_outcome = 'ACCEPTED'""")
                .param(round.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theChangeFromLastYearIsComputedForA2025Unit() {
        Results.UnitResult before = results.of(demoRound(2024)).stream()
                .filter(u -> u.unit().code().equals("SO_TAI_CHINH")).findFirst().orElseThrow();
        Results.UnitResult now = results.of(demoRound(2025)).stream()
                .filter(u -> u.unit().code().equals("SO_TAI_CHINH")).findFirst().orElseThrow();
        assertThat(now.submitted()).isTrue();
        assertThat(now.lastYearIndex()).isEqualByComparingTo(before.index());
        assertThat(now.lastYearRank()).isEqualTo(before.rank());
        assertThat(now.indexChange()).isEqualByComparingTo(now.index().subtract(before.index()));
    }

    @Test
    void theResultsPageShowsBandsAsLabelledRangesAndAreasByShortName() throws Exception {
        mvc.perform(get("/scoring/rounds/" + demoRound(2024) + "/results").with(as("lanhdao")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Xuất sắc ≥ 90; Tốt 80–&lt;90; Khá 70–&lt;80; Trung bình 50–&lt;70; Yếu &lt; 50")))
                .andExpect(content().string(containsString("title=\"2. Cải cách thể chế\">Thể chế</th>")))
                .andExpect(content().string(not(containsString("90:Xuất sắc"))));
    }
}
