package vn.cchc.survey;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.cchc.CchcIntegrationTest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The indices of a campaign computed by hand: 30 answers by code and 10 paper forms typed in twice, one pair of
 * which disagrees and so does not count. 39 responses:
 * <ul>
 *   <li>18 by code: E1–E4 all 4, no feedback sent (B3 "Không"), so E5 is skipped; three of them also send E5.1 = 1,
 *       which the skip rule drops;</li>
 *   <li>6 by code: E1–E4 all 2, feedback sent, E5 all 5;</li>
 *   <li>6 by code: E1–E4 all 5 except E2 = 3, feedback sent, E5.1 = 4, E5.2 = 1, E5.3 blank;</li>
 *   <li>9 paper forms that agree: all 3 except E3 = 5, no feedback; the tenth disagrees on E1.1 (3 against 1).</li>
 * </ul>
 * Items (satisfied = 4 or 5): E1 and E4 items 24/39 = 61,54 %; E2 items 18/39 = 46,15 %; E3 items 33/39 = 84,62 %;
 * E5.1 12/12 = 100 %, E5.2 6/12 = 50 %, E5.3 6/6 = 100 %, so E5 = 250/3 = 83,33 %. SIPAS = (800/13 + 600/13 +
 * 1100/13 + 800/13 + 250/3) / 5 = 2630/39 = 67,44 %.
 */
class SurveyIndicesTest extends CchcIntegrationTest {

    @Autowired
    ApplicationContext context;

    SurveyFixture f;
    long campaign;

    @BeforeEach
    void aCampaignAtSoTuPhapWithFortyForms() {
        f = new SurveyFixture(context, "SO_CONG_THUONG");
        campaign = f.campaign(50);
        List<String> codes = f.issue(campaign, 30);
        for (int i = 0; i < 18; i++) {
            Map<String, String> a = SurveyFixture.answers("4", "Không");
            if (i < 3) {
                a.put("E5.1", "1");
            }
            f.codes.answer(codes.get(i), "", a);
        }
        for (int i = 18; i < 24; i++) {
            Map<String, String> a = SurveyFixture.answers("2", "Có");
            a.put("E5.1", "5");
            a.put("E5.2", "5");
            a.put("E5.3", "5");
            f.codes.answer(codes.get(i), "", a);
        }
        for (int i = 24; i < 30; i++) {
            Map<String, String> a = SurveyFixture.answers("5", "Có");
            List.of("E2.1", "E2.2", "E2.3", "E2.4").forEach(k -> a.put(k, "3"));
            a.put("E5.1", "4");
            a.put("E5.2", "1");
            f.codes.answer(codes.get(i), "", a);
        }
        for (int form = 1; form <= 10; form++) {
            Map<String, String> a = SurveyFixture.answers("3", "Không");
            List.of("E3.1", "E3.2", "E3.3").forEach(k -> a.put(k, "5"));
            String number = "STP-" + form;
            f.as(f.officerA, () -> f.paper.enter(campaign, f.unitId, number, "", a));
            if (form == 10) {
                a.put("E1.1", "1");
            }
            f.as(f.officerB, () -> f.paper.enter(campaign, f.unitId, number, "", a));
        }
    }

    @Test
    void thirtyCodeAnswersAndNineAgreeingPaperFormsGiveTheIndicesWorkedOutByHand() {
        SurveyResults.Report r = f.as(f.standing, () -> f.results.report(campaign));

        assertThat(r.responses()).isEqualTo(39);
        assertThat(r.overall().items()).containsEntry("E1.1", new BigDecimal("61.54")).containsEntry("E2.4", new BigDecimal("46.15"))
                .containsEntry("E3.2", new BigDecimal("84.62")).containsEntry("E4.3", new BigDecimal("61.54"))
                .containsEntry("E5.1", new BigDecimal("100.00")).containsEntry("E5.2", new BigDecimal("50.00"))
                .containsEntry("E5.3", new BigDecimal("100.00"));
        assertThat(r.overall().validAnswers()).containsEntry("E5.1", 12L).containsEntry("E5.3", 6L).containsEntry("E1.1", 39L);
        assertThat(r.overall().elements()).containsEntry("E1", new BigDecimal("61.54")).containsEntry("E2", new BigDecimal("46.15"))
                .containsEntry("E3", new BigDecimal("84.62")).containsEntry("E4", new BigDecimal("61.54"))
                .containsEntry("E5", new BigDecimal("83.33"));
        assertThat(r.overall().overall()).isEqualByComparingTo("67.44");
    }

    @Test
    void theUnitRowShowsItsThirtyNineResponsesAgainstASampleOfFiftyAsBelowPlan() {
        SurveyResults.Row row = f.as(f.standing, () -> f.results.report(campaign)).unit(f.unitId).orElseThrow();

        assertThat(row.responses()).isEqualTo(39);
        assertThat(row.sample()).isEqualTo(50);
        assertThat(row.belowSample()).isTrue();
        assertThat(row.indices().overall()).isEqualByComparingTo("67.44");
    }

    @Test
    void theDisagreeingPairIsShownFieldByFieldAndCountsOnceTheOfficerCorrectsItFromThePaper() {
        List<PaperEntries.FormState> open = f.as(f.officerA, () -> f.paper.open(campaign, f.unitId));
        assertThat(open).extracting(PaperEntries.FormState::formNumber).containsExactly("STP-10");
        assertThat(open.get(0).differences()).extracting(PaperEntries.Difference::field).containsExactly("E1.1");
        assertThat(open.get(0).differences().get(0).values()).containsExactly("3", "1");

        Map<String, String> fromThePaper = SurveyFixture.answers("3", "Không");
        List.of("E3.1", "E3.2", "E3.3").forEach(k -> fromThePaper.put(k, "5"));
        PaperEntries.Outcome outcome = f.as(f.officerB, () -> f.paper.enter(campaign, f.unitId, "STP-10", "", fromThePaper));

        assertThat(outcome).isEqualTo(PaperEntries.Outcome.COUNTED);
        assertThat(f.as(f.standing, () -> f.results.report(campaign)).responses()).isEqualTo(40);
        assertThat(jdbc.sql("""
                        select count(*) from survey_paper_entry e join survey_paper_form p on p.id = e.form_id
                        where p.campaign_id = ? and e.answers is not null""").param(campaign).query(Long.class).single())
                .as("answers left with the officers who typed them").isZero();
    }

    @Test
    void theGroupAndTheProcedureFieldRowsCarryTheSameResponses() {
        SurveyResults.Report r = f.as(f.standing, () -> f.results.report(campaign));

        assertThat(r.groups()).singleElement().satisfies(g -> {
            assertThat(g.label()).isEqualTo("CITIZEN");
            assertThat(g.responses()).isEqualTo(39);
        });
        assertThat(r.fields()).singleElement().satisfies(g -> {
            assertThat(g.label()).isEqualTo("Đất đai");
            assertThat(g.indices().overall()).isEqualByComparingTo("67.44");
        });
    }
}
