package vn.cchc.feedback;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MvcResult;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.UsesDemoData;
import vn.cchc.security.Role;
import vn.cchc.security.TestAccounts;
import vn.cchc.time.PinnableClock;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** A case from the citizen's form to its published answer: time limits, the stopped clock, who may do what. */
@UsesDemoData("the demo accounts snv.cchc (standing agency), stp.cchc (Sở Tư pháp) and skhcn.cchc (Sở KH&CN)")
class FeedbackCaseTest extends CchcIntegrationTest {

    @Autowired
    PinnableClock clock;
    @Autowired
    ApplicationContext context;

    private FeedbackFixture citizens;

    @BeforeEach
    void fixture() {
        citizens = new FeedbackFixture(mvc, this::as);
    }

    @AfterEach
    void unpin() {
        clock.reset();
    }

    private LocalDate due(String code) {
        return jdbc.sql("select due_on from feedback where code = ?").param(code).query(LocalDate.class).single();
    }

    private String status(String code) {
        return jdbc.sql("select status from feedback where code = ?").param(code).query(String.class).single();
    }

    @Test
    void feedbackReceivedTheThursdayBeforeTet2025IsDueOnThursday20February() throws Exception {
        // 15 working days after 23/01/2025: Friday 24/01, then Tết (25/01–02/02) counts none, then 03/02 … 20/02
        clock.pin(LocalDate.of(2025, 1, 23));
        String code = citizens.submit("Thủ tục chứng thực bản sao kéo dài", "Tôi nộp hồ sơ chứng thực từ tuần trước mà chưa có kết quả.");
        assertThat(due(code)).isEqualTo(LocalDate.of(2025, 2, 20));
    }

    @Test
    void askingTheCitizenStopsTheClockAndTheirReplyRestartsItWithTheDaysThatWereLeft() throws Exception {
        clock.pin(LocalDate.of(2025, 3, 3));
        String code = citizens.submit("Hồ sơ khai sinh bị trả lại", "Cán bộ trả lại hồ sơ khai sinh mà không nói lý do.");
        assertThat(due(code)).isEqualTo(LocalDate.of(2025, 3, 24));
        citizens.route(code, "SO_TU_PHAP");
        // Wednesday 05/03: 13 working days are left (06/03 … 24/03)
        clock.pin(LocalDate.of(2025, 3, 5));
        citizens.step("stp.cchc", code, "ask", "question", "Đề nghị cho biết số giấy tiếp nhận hồ sơ.");
        assertThat(status(code)).isEqualTo("WAITING_FOR_CITIZEN");
        assertThat(jdbc.sql("select remaining_days from feedback where code = ?").param(code).query(Integer.class).single())
                .isEqualTo(13);
        // the citizen answers on Friday 14/03: 13 working days from then is Wednesday 02/04
        clock.pin(LocalDate.of(2025, 3, 14));
        mvc.perform(post("/public/feedback/track/reply").param("code", code).param("reply", "Giấy tiếp nhận số 000.00.12.H43-250224-0001")
                .with(FeedbackFixture.from(FeedbackFixture.newAddress())).with(csrf()));
        assertThat(status(code)).isEqualTo("ASSIGNED");
        assertThat(due(code)).isEqualTo(LocalDate.of(2025, 4, 2));
    }

    @Test
    void anExeRenamedPdfIsRefusedWithTheFileNamedAndNothingIsStored() throws Exception {
        long before = jdbc.sql("select count(*) from feedback").query(Long.class).single();
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        MvcResult result = mvc.perform(FeedbackFixture.form("Biểu mẫu sai", "Biểu mẫu đính kèm không đúng mẫu của Bộ.")
                .file(FeedbackFixture.file("bieu-mau.pdf", exe)).with(FeedbackFixture.from(FeedbackFixture.newAddress())))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Tệp đính kèm &quot;bieu-mau.pdf&quot;: không nhận loại tệp này");
        assertThat(jdbc.sql("select count(*) from feedback").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aRealPdfAttachmentIsStoredWithTheCase() throws Exception {
        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        MvcResult result = mvc.perform(FeedbackFixture.form("Phí chứng thực", "Thu phí chứng thực cao hơn quy định.")
                .file(FeedbackFixture.file("bien-lai.pdf", pdf)).with(FeedbackFixture.from(FeedbackFixture.newAddress())))
                .andReturn();
        String code = result.getFlashMap().get("receipt").toString();
        assertThat(jdbc.sql("select filename from feedback_file f join feedback c on c.id = f.feedback_id where c.code = ?")
                .param(code).query(String.class).list()).containsExactly("bien-lai.pdf");
    }

    @Test
    void theSixthFeedbackFromOneAddressWithinAnHourIsRefusedWithTheReason() throws Exception {
        String address = FeedbackFixture.newAddress();
        long before = jdbc.sql("select count(*) from feedback").query(Long.class).single();
        for (int i = 1; i <= 5; i++) {
            MvcResult ok = mvc.perform(FeedbackFixture.form("Phản ánh số " + i, "Nội dung phản ánh số " + i)
                    .with(FeedbackFixture.from(address))).andReturn();
            assertThat(ok.getResponse().getStatus()).as("feedback %s", i).isEqualTo(302);
        }
        MvcResult refused = mvc.perform(FeedbackFixture.form("Phản ánh số 6", "Nội dung phản ánh số 6")
                .with(FeedbackFixture.from(address))).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(429);
        assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("đã gửi 5 phản ánh trong 1 giờ qua");
        assertThat(jdbc.sql("select count(*) from feedback").query(Long.class).single()).isEqualTo(before + 5);
    }

    @Test
    void theSameFormSentTwiceIsOneCaseWithOneCode() throws Exception {
        java.util.UUID key = java.util.UUID.randomUUID();
        String one = mvc.perform(FeedbackFixture.form("Gửi hai lần", "Bấm gửi hai lần liền.", key)
                .with(FeedbackFixture.from(FeedbackFixture.newAddress()))).andReturn().getFlashMap().get("receipt").toString();
        String two = mvc.perform(FeedbackFixture.form("Gửi hai lần", "Bấm gửi hai lần liền.", key)
                .with(FeedbackFixture.from(FeedbackFixture.newAddress()))).andReturn().getFlashMap().get("receipt").toString();
        assertThat(two).isEqualTo(one);
        assertThat(jdbc.sql("select count(*) from feedback where title = 'Gửi hai lần' and code = ?").param(one)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anotherUnitCannotAnswerACaseAssignedToSoTuPhap() throws Exception {
        String code = citizens.submit("Chậm cấp phiếu lý lịch tư pháp", "Đã quá hẹn 5 ngày mà chưa nhận được phiếu lý lịch tư pháp.");
        citizens.route(code, "SO_TU_PHAP");
        MvcResult result = citizens.step("skhcn.cchc", code, "answer", "answer", "Sở KH&CN trả lời thay.");
        assertThat(result.getResponse().getStatus()).isEqualTo(403);
        assertThat(status(code)).isEqualTo("ASSIGNED");
        assertThat(jdbc.sql("select answer from feedback where code = ?").param(code).query(String.class).optional()
                .orElse(null)).isNull();
    }

    @Test
    void nobodyPublishesAnAnswerTheyWrote() throws Exception {
        String code = citizens.submit("Cán bộ Sở Nội vụ hẹn lại nhiều lần", "Tôi được hẹn lại ba lần khi nộp hồ sơ.");
        citizens.route(code, "SO_NOI_VU");
        citizens.step("snv.cchc", code, "answer", "answer", "Sở Nội vụ đã kiểm tra và nhắc nhở cán bộ.");
        MvcResult own = citizens.step("snv.cchc", code, "publish");
        assertThat(own.getFlashMap().get("flashErrorText").toString()).contains("một cán bộ khác");
        assertThat(status(code)).isEqualTo("ANSWERED");
        String colleague = new TestAccounts(context).create(Role.STANDING_AGENCY, "SO_NOI_VU");
        citizens.step(colleague, code, "publish");
        assertThat(status(code)).isEqualTo("PUBLISHED");
    }

    @Test
    void aSecondAcceptanceOfTheSameCaseChangesNothing() throws Exception {
        String code = citizens.submit("Bấm thụ lý hai lần", "Nội dung kiểm tra bấm hai lần.");
        citizens.step("snv.cchc", code, "accept", "field", "HO_TICH");
        MvcResult again = citizens.step("snv.cchc", code, "accept", "field", "DAT_DAI");
        assertThat(again.getFlashMap().get("flashErrorText").toString()).contains("không còn ở bước này");
        assertThat(jdbc.sql("select field_code from feedback where code = ?").param(code).query(String.class).single())
                .isEqualTo("HO_TICH");
        assertThat(jdbc.sql("select count(*) from feedback_step s join feedback f on f.id = s.feedback_id where f.code = ? and s.status = 'ACCEPTED'")
                .param(code).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void thePublishedAnswerShowsInitialsAndHidesPhoneEmailAndAddress() throws Exception {
        String code = citizens.submit("Niêm yết thủ tục không đầy đủ",
                "Bộ phận một cửa không niêm yết phí. Liên hệ tôi qua số 0912 345 678 hoặc hoa.nguyen@example.vn, "
                        + "tại Số 12 đường Lê Lợi, phường Vinh Phú, tỉnh Nghệ An.");
        citizens.route(code, "SO_TU_PHAP");
        citizens.step("stp.cchc", code, "answer", "answer", "Sở Tư pháp đã bổ sung niêm yết phí chứng thực tại bộ phận một cửa.");
        citizens.step("snv.cchc", code, "publish");
        String page = mvc.perform(get("/public/feedback/answers/{code}", code)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("N.T.H.").contains("Sở Tư pháp đã bổ sung niêm yết phí")
                .doesNotContain("Nguyễn Thị Hoa").doesNotContain("0912 345 678").doesNotContain("hoa.nguyen@example.vn")
                .doesNotContain("Lê Lợi");
        String list = mvc.perform(get("/public/feedback/answers").param("q", "niem yet phi")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("/public/feedback/answers/" + code).doesNotContain("Nguyễn Thị Hoa");
    }
}
