package vn.cchc.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.UsesDemoData;
import vn.cchc.directory.Directory;
import vn.cchc.indicator.IndicatorDashboard;
import vn.cchc.scoring.ScoringDashboard;
import vn.cchc.vietnamese.Vietnamese;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/** The home page's indicator and scoring cards, per role, with the figures the modules report and their links. */
@UsesDemoData("the demo accounts")
class HomeIndicatorScoringCardsTest extends CchcIntegrationTest {

    @Autowired
    IndicatorDashboard indicators;
    @Autowired
    ScoringDashboard scoring;
    @Autowired
    Directory directory;
    @Autowired
    MessageSource messages;

    private String text(String key) {
        return messages.getMessage(key, null, Vietnamese.LOCALE);
    }

    @Test
    void aUnitOfficerSeesTheirCurrentFormAndTheirAssessmentInTheOpenRound() throws Exception {
        long unit = directory.idOf("SO_TU_PHAP");
        IndicatorDashboard.MyForm form = indicators.myForm(unit).orElseThrow();
        // the demo 2025 round (or a later test round) is open for Sở Tư pháp
        ScoringDashboard.MyAssessment mine = scoring.openAssessment(unit).orElseThrow();
        mvc.perform(get("/").with(as("stp.cchc")))
                .andExpect(content().string(containsString("id=\"card-my-indicators\"")))
                .andExpect(content().string(containsString("id=\"my-form-status\">" + text("indicator.status." + form.status()) + "<")))
                .andExpect(content().string(containsString(form.periodLabel())))
                .andExpect(content().string(containsString("href=\"/indicators/my\"")))
                .andExpect(content().string(containsString("id=\"my-assessment-status\">"
                        + text("scoring.assessment.status." + mine.status()) + "<")))
                .andExpect(content().string(containsString("href=\"/scoring/assessments/" + mine.assessmentId() + "\"")))
                .andExpect(content().string(not(containsString("card-report-rate"))))
                .andExpect(content().string(not(containsString("card-heatmap"))));
    }

    @Test
    void theStandingAgencySeesTheLastQuartersReportingRateAndTheRoundsAwaitingAction() throws Exception {
        IndicatorDashboard.Rate rate = indicators.lastPeriodRate();
        int pending = scoring.pendingRounds().size();
        assertThat(pending).as("the demo 2025 round is still open").isPositive();
        mvc.perform(get("/").with(as("snv.cchc")))
                .andExpect(content().string(containsString("id=\"rate-percent\">" + rate.percentSubmitted() + " %<")))
                .andExpect(content().string(containsString("(" + rate.submitted() + "/" + rate.expected() + " đơn vị đã gửi)")))
                .andExpect(content().string(containsString("href=\"/indicators/board?period=" + rate.periodKey() + "\"")))
                .andExpect(content().string(containsString("id=\"pending-rounds-count\">" + pending + "<")))
                .andExpect(content().string(containsString("href=\"/scoring\"")))
                .andExpect(content().string(not(containsString("card-ranking"))));
    }

    @Test
    void aLeaderSeesTheHeatmapAndTheLatestPublishedRanking() throws Exception {
        IndicatorDashboard.HeatmapSummary heatmap = indicators.heatmap();
        ScoringDashboard.Ranking ranking = scoring.latestRanking().orElseThrow();
        assertThat(ranking.top()).isNotEmpty();
        mvc.perform(get("/").with(as("lanhdao")))
                .andExpect(content().string(containsString("id=\"heatmap-achieved\">" + heatmap.achieved() + "<")))
                .andExpect(content().string(containsString("id=\"heatmap-at-risk\">" + heatmap.atRisk() + "<")))
                .andExpect(content().string(containsString("id=\"heatmap-missed\">" + heatmap.missed() + "<")))
                .andExpect(content().string(containsString("href=\"/indicators/heatmap\"")))
                .andExpect(content().string(containsString("id=\"ranking-round\">" + ranking.name() + "<")))
                .andExpect(content().string(containsString(ranking.top().get(0).unitName())))
                .andExpect(content().string(not(containsString("card-my-indicators"))))
                .andExpect(content().string(not(containsString("card-pending-rounds"))));
    }
}
