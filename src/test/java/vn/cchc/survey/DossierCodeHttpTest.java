package vn.cchc.survey;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.security.TestAccounts;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** A dossier's survey code over /api/v1 (the code and the address it opens, as JSON) and from the dossier list (a slip). */
class DossierCodeHttpTest extends CchcIntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;

    SurveyFixture f;
    long campaign;
    String dossier;

    @BeforeEach
    void aCampaignAtSoNongNghiepAndOneOfItsDossiers() {
        f = new SurveyFixture(context, "SO_NN_MT");
        campaign = f.campaign(30);
        dossier = f.dossier(context);
    }

    @AfterEach
    void closeTheCampaign() {
        f.as(f.standing, () -> f.campaigns.close(campaign));
    }

    @Test
    void theApiAnswersTheCodeAndTheSurveyAddressItOpens() throws Exception {
        MvcResult r = mvc.perform(post("/api/v1/dossiers/{code}/survey-code", dossier)
                .with(httpBasic(f.officerA, TestAccounts.PASSWORD))).andReturn();

        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        String json = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        String code = json.replaceAll("(?s).*\"code\":\"([A-Z0-9-]+)\".*", "$1");
        assertThat(json).contains("\"dossierCode\":\"" + dossier + "\"").contains("/public/survey?code=" + code)
                .contains("\"campaignId\":" + campaign).contains("\"replaced\":false");
        assertThat(f.codes.open(code).unitId()).isEqualTo(f.unitId);
    }

    @Test
    void theApiAnswers422WithTheReasonWhenTheUnitHasNoOpenCampaign() throws Exception {
        f.as(f.standing, () -> f.campaigns.close(campaign));

        MvcResult r = mvc.perform(post("/api/v1/dossiers/{code}/survey-code", dossier)
                .with(httpBasic(f.officerA, TestAccounts.PASSWORD))).andReturn();

        assertThat(r.getResponse().getStatus()).isEqualTo(422);
        assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Hồ sơ " + dossier + ": không có đợt khảo sát nào đang mở cho Sở Nông nghiệp và Môi trường");
    }

    @Test
    void theButtonInTheDossierListAnswersOnePrintableSlip() throws Exception {
        MvcResult r = mvc.perform(post("/survey/dossier-code").param("dossier", dossier).param("back", "/dossiers/lists/LATE")
                .with(user(users.loadUserByUsername(f.officerA))).with(csrf())).andReturn();

        assertThat(r.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(new String(r.getResponse().getContentAsByteArray(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(jdbc.sql("select count(*) from survey_code where dossier_code = ? and not voided").param(dossier)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aRefusedSlipGoesBackToTheDossierListWithTheReason() throws Exception {
        f.as(f.standing, () -> f.campaigns.close(campaign));

        MvcResult r = mvc.perform(post("/survey/dossier-code").param("dossier", dossier).param("back", "https://ngoai.example/")
                .with(user(users.loadUserByUsername(f.officerA))).with(csrf())).andReturn();

        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/dossiers");
        assertThat((String) r.getFlashMap().get("flashErrorText")).contains("không có đợt khảo sát nào đang mở cho Sở Nông nghiệp và Môi trường");
    }
}
