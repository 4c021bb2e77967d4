package vn.cchc.survey;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.Result;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.GenericMultipleBarcodeReader;
import com.google.zxing.MultiFormatReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MvcResult;
import vn.cchc.CchcIntegrationTest;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The citizen's pages, without an account, and the counter's slips. */
class PublicSurveyPagesTest extends CchcIntegrationTest {

    @Autowired
    ApplicationContext context;

    SurveyFixture f;
    long campaign;

    @BeforeEach
    void aCampaignAtSoXayDung() {
        f = new SurveyFixture(context, "SO_NGOAI_VU");
        campaign = f.campaign(100);
    }

    private long responses() {
        return jdbc.sql("select count(*) from survey_response where campaign_id = ?").param(campaign).query(Long.class).single();
    }

    private MvcResult send(String code) throws Exception {
        var request = post("/public/survey").with(csrf()).param("code", code);
        SurveyFixture.answers("4", "Không").forEach((k, v) -> request.param("q_" + k, v));
        return mvc.perform(request).andReturn();
    }

    @Test
    void aCodeFromASlipOpensTheQuestionnaireWithoutAnAccount() throws Exception {
        String code = f.issue(campaign, 1).get(0);

        String html = mvc.perform(get("/public/survey").param("code", OneTimeCodes.printed(code))).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("Sở Ngoại vụ").contains("Biển hiệu, chỉ dẫn tại nơi tiếp nhận").contains("id=\"survey-form\"");
    }

    @Test
    void aSubmissionIsStoredOnceAndTheSameCodeSentAgainIsRefusedWithAMessage() throws Exception {
        String code = f.issue(campaign, 1).get(0);

        MvcResult first = send(code);
        MvcResult second = send(code);

        assertThat(first.getResponse().getRedirectedUrl()).isEqualTo("/public/survey/thanks");
        assertThat(second.getResponse().getStatus()).isEqualTo(422);
        assertThat(second.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("đã được dùng. Mỗi mã chỉ dùng một lần");
        assertThat(responses()).isEqualTo(1);
    }

    @Test
    void anUnknownCodeShowsWhyOnTheCodePage() throws Exception {
        String html = mvc.perform(get("/public/survey").param("code", "ZZZZZ-ZZZZZ")).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("Mã khảo sát &quot;ZZZZZZZZZZ&quot; không đúng").doesNotContain("id=\"survey-form\"");
    }

    @Test
    void theSlipsQrCodesOpenTheSurveyWithTheirOwnCodes() throws Exception {
        MvcResult pdf = mvc.perform(post("/survey/campaigns/{id}/codes", campaign).with(as(f.officerA)).with(csrf())
                .param("count", "3").param("formKey", UUID.randomUUID().toString())).andReturn();
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");

        List<String> urls;
        try (PDDocument doc = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 150);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            Result[] found = new GenericMultipleBarcodeReader(new MultiFormatReader()).decodeMultiple(
                    new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels))));
            urls = Arrays.stream(found).map(Result::getText).distinct().toList();
        }
        assertThat(urls).hasSize(3).allMatch(u -> u.matches("http://localhost:8080/public/survey\\?code=[A-Z2-9]{5}-[A-Z2-9]{5}"));
        String code = urls.get(0).substring(urls.get(0).indexOf("code=") + 5);
        assertThat(f.codes.open(code).campaign().id()).isEqualTo(campaign);
    }

    @Test
    void theSameIssueFormSentTwicePrintsOneBatch() throws Exception {
        String key = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/survey/campaigns/{id}/codes", campaign).with(as(f.officerA)).with(csrf())
                    .param("count", "5").param("formKey", key)).andReturn();
        }

        assertThat(jdbc.sql("select count(*) from survey_code k join survey_code_batch b on b.id = k.batch_id where b.campaign_id = ?")
                .param(campaign).query(Long.class).single()).isEqualTo(5);
    }
}
