package vn.cchc.reformreport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.UsesDemoData;
import vn.cchc.security.Role;
import vn.cchc.security.TestAccounts;
import vn.cchc.time.PinnableClock;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Submitting, returning and resubmitting a unit's quarter I report of 2025, on the days the rules turn on. */
@UsesDemoData("snv.cchc, the standing agency's officer, decides")
class ReformReportWorkflowTest extends CchcIntegrationTest {

    private static final String PERIOD = ReformReportFixture.PERIOD;

    @Autowired
    ApplicationContext context;
    @Autowired
    PinnableClock clock;

    @AfterEach
    void unpin() {
        clock.reset();
    }

    private String path(ReformReportFixture f) {
        return "/reform-reports/" + f.unitCode + "/" + PERIOD;
    }

    private MockHttpServletRequestBuilder form(ReformReportFixture f, int version, String results, String action) {
        return post(path(f)).param("action", action).param("version", String.valueOf(version))
                .param("section_LEADERSHIP", "Ban hành kế hoạch cải cách hành chính năm 2025.")
                .param("section_RESULTS", results)
                .param("section_ASSESSMENT", "Hoàn thành cơ bản các nhiệm vụ.")
                .param("section_NEXT_TASKS", "Tiếp tục rà soát thủ tục hành chính.");
    }

    private MvcResult send(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(as(user)).with(csrf())).andReturn();
    }

    private int version(ReformReportFixture f) {
        return jdbc.sql("select version from reform_report where unit_id = ? and period_key = ?").params(f.unitId, PERIOD)
                .query(Integer.class).optional().orElse(0);
    }

    private String status(ReformReportFixture f) {
        return jdbc.sql("select status from reform_report where unit_id = ? and period_key = ?").params(f.unitId, PERIOD)
                .query(String.class).optional().orElse("NONE");
    }

    private boolean late(ReformReportFixture f) {
        return jdbc.sql("select late from reform_report where unit_id = ? and period_key = ?").params(f.unitId, PERIOD)
                .query(Boolean.class).single();
    }

    private String results(ReformReportFixture f) {
        return jdbc.sql("select sections ->> 'RESULTS' from reform_report where unit_id = ? and period_key = ?")
                .params(f.unitId, PERIOD).query(String.class).single();
    }

    @Test
    void aReportSubmittedBeforeTheUnitsDueDateIsOnTime() throws Exception {
        ReformReportFixture f = new ReformReportFixture(context);
        clock.pin(LocalDate.of(2025, 3, 16));
        assertThat(send(f.officer, form(f, 0, "Rà soát 12 thủ tục.", "submit")).getResponse().getStatus()).isEqualTo(302);
        assertThat(status(f)).isEqualTo("SUBMITTED");
        assertThat(late(f)).isFalse();
    }

    @Test
    void aReportSubmittedAfterTheUnitsDueDateIsAcceptedAndMarkedLate() throws Exception {
        ReformReportFixture f = new ReformReportFixture(context);
        clock.pin(LocalDate.of(2025, 3, 18));
        assertThat(send(f.officer, form(f, 0, "Rà soát 12 thủ tục.", "submit")).getResponse().getStatus()).isEqualTo(302);
        assertThat(status(f)).isEqualTo("SUBMITTED");
        assertThat(late(f)).isTrue();
    }

    @Test
    void aReportForAClosedPeriodIsRefusedUntilTheStandingAgencyGrantsAWindow() throws Exception {
        ReformReportFixture f = new ReformReportFixture(context);
        clock.pin(LocalDate.of(2025, 3, 25));
        MvcResult refused = send(f.officer, form(f, 0, "Rà soát 12 thủ tục.", "submit"));
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Kỳ báo cáo đã đóng ngày 20/03/2025");
        assertThat(status(f)).isEqualTo("NONE");

        send(f.officer, post(path(f) + "/window").param("reason", "Cán bộ phụ trách nghỉ ốm, xin gửi chậm 3 ngày."));
        long window = jdbc.sql("select id from reform_report_window where unit_id = ? and status = 'REQUESTED'")
                .param(f.unitId).query(Long.class).single();
        send("snv.cchc", post(path(f) + "/windows/" + window).param("decision", "grant").param("until", "28/03/2025"));

        assertThat(send(f.officer, form(f, 0, "Rà soát 12 thủ tục.", "submit")).getResponse().getStatus()).isEqualTo(302);
        assertThat(status(f)).isEqualTo("SUBMITTED");
        assertThat(late(f)).isTrue();
    }

    @Test
    void theSecondOfTwoOfficersSavingTheSameVersionIsRefusedAndTheFirstsTextKept() throws Exception {
        ReformReportFixture f = new ReformReportFixture(context);
        String colleague = new TestAccounts(context).create(Role.UNIT_OFFICER, f.unitCode);
        clock.pin(LocalDate.of(2025, 3, 10));
        send(f.officer, form(f, 0, "Bản nháp đầu.", "save"));
        int opened = version(f);

        assertThat(send(f.officer, form(f, opened, "Bản của cán bộ thứ nhất.", "save")).getResponse().getStatus()).isEqualTo(302);
        MvcResult second = send(colleague, form(f, opened, "Bản của cán bộ thứ hai.", "save"));

        assertThat(second.getResponse().getStatus()).isEqualTo(409);
        String page = second.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("nội dung của bạn chưa được lưu").contains("Bản của cán bộ thứ hai.");
        assertThat(results(f)).isEqualTo("Bản của cán bộ thứ nhất.");
    }

    @Test
    void aReturnedReportResubmittedKeepsBothSubmissionsAsVersions() throws Exception {
        ReformReportFixture f = new ReformReportFixture(context);
        clock.pin(LocalDate.of(2025, 3, 12));
        send(f.officer, form(f, 0, "Lần gửi thứ nhất.", "submit"));
        send("snv.cchc", post(path(f) + "/return").param("reason", "Bổ sung số liệu hồ sơ trực tuyến."));
        assertThat(status(f)).isEqualTo("RETURNED");

        send(f.officer, form(f, version(f), "Lần gửi thứ hai, đã bổ sung.", "submit"));

        assertThat(status(f)).isEqualTo("SUBMITTED");
        List<String> versions = jdbc.sql("""
                        select v.sections ->> 'RESULTS' from reform_report_version v join reform_report r on r.id = v.report_id
                        where r.unit_id = ? order by v.number""").param(f.unitId).query(String.class).list();
        assertThat(versions).containsExactly("Lần gửi thứ nhất.", "Lần gửi thứ hai, đã bổ sung.");
        String page = mvc.perform(get(path(f)).with(as(f.officer))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Lần gửi 1").contains("Lần gửi 2").contains("Lần gửi thứ nhất.");
    }

    @Test
    void theStandingAgencyAcceptsASubmittedReportOnce() throws Exception {
        ReformReportFixture f = new ReformReportFixture(context);
        clock.pin(LocalDate.of(2025, 3, 12));
        send(f.officer, form(f, 0, "Rà soát 12 thủ tục.", "submit"));
        send("snv.cchc", post(path(f) + "/accept"));
        MvcResult again = send("snv.cchc", post(path(f) + "/accept"));
        assertThat(status(f)).isEqualTo("ACCEPTED");
        assertThat(again.getFlashMap().get("flashErrorText")).asString().contains("không ở trạng thái chờ tiếp nhận");
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'reform_report' and entity_id = "
                + "(select id::text from reform_report where unit_id = ? and period_key = ?) and summary like 'Tiếp nhận%'")
                .params(f.unitId, PERIOD).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aFigureTypedUnlikeTheSystemsIsRefusedWithoutAnExplanationAndKeptBesideItWithOne() throws Exception {
        ReformReportFixture f = new ReformReportFixture(context);
        clock.pin(LocalDate.of(2025, 3, 10));
        MvcResult refused = send(f.officer, form(f, 0, "Rà soát.", "save").param("typed_dossier-received", "1.200"));
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Chỉ tiêu &quot;Hồ sơ tiếp nhận&quot;: đơn vị nhập 1.200, khác số liệu hệ thống 0; cần ghi giải trình.");
        assertThat(status(f)).isEqualTo("NONE");

        send(f.officer, form(f, 0, "Rà soát.", "save").param("typed_dossier-received", "1.200")
                .param("explain_dossier-received", "Gồm 1.200 hồ sơ tiếp nhận tại bộ phận một cửa chưa đồng bộ."));

        String figure = jdbc.sql("""
                        select f::text from reform_report r, jsonb_array_elements(r.figures) f
                        where r.unit_id = ? and f ->> 'code' = 'dossier-received'""").param(f.unitId).query(String.class).single();
        assertThat(figure).contains("\"computed\": 0").contains("\"typed\": 1200").contains("chưa đồng bộ");
    }
}
