package vn.cchc.survey;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MvcResult;
import vn.cchc.CchcIntegrationTest;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The officers' screens show what each one is for, and only the unit's own rows to a unit. */
class SurveyScreensTest extends CchcIntegrationTest {

    @Autowired
    ApplicationContext context;

    SurveyFixture f;
    long campaign;

    @BeforeEach
    void aCampaignAtSoGddt() {
        f = new SurveyFixture(context, "SO_GDDT");
        campaign = f.campaign(30);
        List<String> codes = f.issue(campaign, 2);
        f.codes.answer(codes.get(0), "", SurveyFixture.answers("5", "Không"));
    }

    private String page(String user, String path) throws Exception {
        MvcResult r = mvc.perform(get(path).with(as(user))).andReturn();
        assertThat(r.getResponse().getStatus()).as(path).isEqualTo(200);
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theStandingAgencySeesEachUnitsProgressAgainstItsSampleAndTheResults() throws Exception {
        String html = page(f.standing, "/survey/campaigns/" + campaign);

        assertThat(html).contains("Sở Giáo dục và Đào tạo").contains("1 / 30").contains("Chưa đủ mẫu").contains("id=\"survey-elements\"");
    }

    @Test
    void aUnitsOfficerSeesTheUnitsRowButNotTheProvincesResults() throws Exception {
        String html = page(f.officerA, "/survey/campaigns/" + campaign);

        assertThat(html).contains("1 / 30").contains("id=\"survey-own-index\"").doesNotContain("id=\"survey-units\"");
    }

    @Test
    void anotherUnitsOfficerCannotOpenTheCampaign() throws Exception {
        String other = new vn.cchc.security.TestAccounts(context).create(vn.cchc.security.Role.UNIT_OFFICER, "SO_Y_TE");

        assertThat(mvc.perform(get("/survey/campaigns/" + campaign).with(as(other))).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void thePaperScreenListsTheFormsWaitingForASecondEntry() throws Exception {
        var entry = post("/survey/campaigns/{id}/paper", campaign).with(as(f.officerA)).with(csrf()).param("formNumber", "GD-07");
        SurveyFixture.answers("4", "2").forEach((k, v) -> entry.param("q_" + k, v));
        mvc.perform(entry).andReturn();

        String html = page(f.officerA, "/survey/campaigns/" + campaign + "/paper");

        assertThat(html).contains("data-form=\"GD-07\"").contains("Chờ cán bộ thứ hai nhập").contains("data-max=\"5\"");
    }

    @Test
    void aChoiceTypedAsItsNumberOnThePaperScreenIsStoredAsTheChoice() throws Exception {
        for (String officer : List.of(f.officerA, f.officerB)) {
            var entry = post("/survey/campaigns/{id}/paper", campaign).with(as(officer)).with(csrf()).param("formNumber", "GD-08");
            var typed = SurveyFixture.answers("4", "2");
            typed.put("A6", "2");
            typed.forEach((k, v) -> entry.param("q_" + k, v));
            mvc.perform(entry).andReturn();
        }

        assertThat(jdbc.sql("""
                        select a.choice from survey_answer a join survey_response r on r.id = a.response_id
                        join survey_item i on i.id = a.item_id where r.campaign_id = ? and r.channel = 'PAPER' and i.code = 'A6'""")
                .param(campaign).query(String.class).list()).containsExactly("Xây dựng");
    }

    @Test
    void theKioskHasNoMenuAndAfterEachSubmissionAFreshForm() throws Exception {
        String html = page(f.officerA, "/survey/kiosk/" + campaign);
        assertThat(html).contains("id=\"survey-form\"").doesNotContain("navbar").doesNotContain("<a ");

        var answer = post("/survey/kiosk/{id}", campaign).with(as(f.officerA)).with(csrf());
        SurveyFixture.answers("3", "Không").forEach((k, v) -> answer.param("q_" + k, v));
        MvcResult r = mvc.perform(answer).andReturn();

        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/survey/kiosk/" + campaign);
        assertThat(jdbc.sql("select count(*) from survey_response where campaign_id = ? and channel = 'KIOSK'").param(campaign)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theQuestionnairePageAndTheNewCampaignFormOpenForTheStandingAgency() throws Exception {
        assertThat(page(f.standing, "/survey/questionnaires/" + f.sipasVersion() + "?edit=E5.1"))
                .contains("id=\"survey-item-form\"").contains("value=\"B3\"");
        assertThat(page(f.standing, "/survey/campaigns/new")).contains("name=\"samples\"");
        assertThat(page(f.standing, "/survey")).contains("id=\"survey-questionnaires\"");
    }

    @Test
    void theExcelExportHasTheRawAnswersAndTheIndices() throws Exception {
        MvcResult r = mvc.perform(get("/survey/campaigns/{id}/export.xlsx", campaign).with(as(f.standing))).andReturn();

        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(r.getResponse().getContentAsByteArray()))) {
            var raw = book.getSheet("Phiếu trả lời");
            assertThat(raw.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Sở Giáo dục và Đào tạo");
            assertThat(raw.getLastRowNum()).isEqualTo(2);
            var indices = book.getSheet("Chỉ số");
            assertThat(indices.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(100.0);
        }
    }
}
