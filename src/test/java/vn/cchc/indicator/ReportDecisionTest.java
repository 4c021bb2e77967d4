package vn.cchc.indicator;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.Parallel;
import vn.cchc.UsesDemoData;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.StringJoiner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** A report is submitted, approved or returned once, and never approved by its submitter or its own unit. */
@RecordApplicationEvents
@UsesDemoData("the demo accounts")
class ReportDecisionTest extends CchcIntegrationTest {

    @Autowired
    Catalogue catalogue;
    @Autowired
    ApplicationEvents events;

    private final Period quarter = Period.containing(PeriodType.QUARTER, java.time.LocalDate.now(vn.cchc.time.ProvinceTime.ZONE));

    /** Every ratio 10 / 10, yes for yes/no, 0 for counts, each with a note. */
    private String complete() {
        StringJoiner json = new StringJoiner(",", "{", "}");
        for (Indicator i : catalogue.form(PeriodType.QUARTER)) {
            String v = switch (i.measure()) {
                case RATIO -> "\"numerator\": 10, \"denominator\": 10";
                case BOOLEAN -> "\"numerator\": 1";
                default -> "\"numerator\": 0";
            };
            json.add("\"" + i.code() + "\": {" + v + ", \"comment\": \"Đã thực hiện theo kế hoạch\"}");
        }
        return json.toString();
    }

    private String url(String unit) {
        return "/api/v1/indicators/reports/" + unit + "/" + quarter.key();
    }

    /** Starts the unit's report of the quarter afresh, so each test owns its report whatever ran before. */
    private void fresh(String unit) {
        jdbc.sql("delete from ind_report_value where report_id in (select r.id from ind_report r join unit u on u.id = r.unit_id "
                + "where u.code = ? and r.period_key = ?)").params(unit, quarter.key()).update();
        jdbc.sql("delete from ind_report where period_key = ? and unit_id = (select id from unit where code = ?)")
                .params(quarter.key(), unit).update();
    }

    private MvcResult call(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(as(user)).contentType("application/json")).andReturn();
    }

    private MvcResult submit(String user, String unit) throws Exception {
        return call(user, post(url(unit) + "/submit").content(complete()));
    }

    private static String body(MvcResult r) throws Exception {
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static long withStatus(List<MvcResult> results, int status) {
        return results.stream().filter(r -> r.getResponse().getStatus() == status).count();
    }

    private String status(String unit) {
        return jdbc.sql("select r.status from ind_report r join unit u on u.id = r.unit_id where u.code = ? and r.period_key = ?")
                .params(unit, quarter.key()).query(String.class).single();
    }

    @Test
    void twentyParallelSubmissionsSubmitOnce() throws Exception {
        fresh("SO_CONG_THUONG");
        List<MvcResult> results = Parallel.times(20, () -> submit("admin", "SO_CONG_THUONG"));
        assertThat(withStatus(results, 200)).isEqualTo(1);
        assertThat(withStatus(results, 409)).isEqualTo(19);
        assertThat(results.stream().filter(r -> r.getResponse().getStatus() == 409).findFirst().map(r -> {
            try {
                return body(r);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).orElseThrow()).contains("Báo cáo");
        assertThat(status("SO_CONG_THUONG")).isEqualTo("SUBMITTED");
    }

    @Test
    void twentyParallelApprovalsApproveOnce() throws Exception {
        fresh("SO_Y_TE");
        submit("admin", "SO_Y_TE");
        List<MvcResult> results = Parallel.times(20, () -> call("snv.cchc", post(url("SO_Y_TE") + "/approve")));
        assertThat(withStatus(results, 200)).isEqualTo(1);
        assertThat(withStatus(results, 409)).isEqualTo(19);
        long reportId = jdbc.sql("select r.id from ind_report r join unit u on u.id = r.unit_id where u.code = 'SO_Y_TE' and r.period_key = ?")
                .param(quarter.key()).query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'ind_report' and entity_id = ? and summary like 'Duyệt%'")
                .param(Long.toString(reportId)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void twentyParallelReturnsReturnOnce() throws Exception {
        fresh("SO_NGOAI_VU");
        submit("admin", "SO_NGOAI_VU");
        List<MvcResult> results = Parallel.times(20, () -> call("snv.cchc", post(url("SO_NGOAI_VU") + "/return")
                .content("{\"reason\": \"Đề nghị bổ sung số liệu tháng 11\"}")));
        assertThat(withStatus(results, 200)).isEqualTo(1);
        assertThat(withStatus(results, 409)).isEqualTo(19);
        assertThat(body(results.stream().filter(r -> r.getResponse().getStatus() == 409).findFirst().orElseThrow()))
                .contains("chưa được gửi hoặc đã được xử lý");
    }

    @Test
    void nobodyApprovesAReportTheySubmitted() throws Exception {
        fresh("THANH_TRA_TINH");
        submit("admin", "THANH_TRA_TINH");
        MvcResult refused = call("admin", post(url("THANH_TRA_TINH") + "/approve"));
        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
        assertThat(body(refused)).contains("chính mình gửi");
        assertThat(status("THANH_TRA_TINH")).isEqualTo("SUBMITTED");
    }

    @Test
    void theStandingAgencyDoesNotApproveItsOwnUnitsReport() throws Exception {
        fresh("SO_NOI_VU");
        submit("admin", "SO_NOI_VU");
        MvcResult refused = call("snv.cchc", post(url("SO_NOI_VU") + "/approve"));
        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
        assertThat(body(refused)).contains("của chính đơn vị mình");
        assertThat(status("SO_NOI_VU")).isEqualTo("SUBMITTED");
    }

    @Test
    void theApprovePageSaysWhyTheStandingAgencyCannotApproveItsOwnReport() throws Exception {
        fresh("SO_NOI_VU");
        submit("admin", "SO_NOI_VU");
        mvc.perform(post("/indicators/reports/SO_NOI_VU/" + quarter.key() + "/approve").with(as("snv.cchc")).with(csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("flashError", "indicator.error.ownUnit"));
        assertThat(status("SO_NOI_VU")).isEqualTo("SUBMITTED");
    }

    @Test
    void theFormTellsTheStandingAgencyWhyItCannotApproveItsOwnReport() throws Exception {
        fresh("SO_NOI_VU");
        submit("admin", "SO_NOI_VU");
        String page = body(call("snv.cchc", org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/indicators/reports/SO_NOI_VU/" + quarter.key())));
        assertThat(page).contains("form-own-work").doesNotContain("form-approve");
    }

    @Test
    void aLeaderWhoFollowsTheStandingAgencyApprovesItsReport() throws Exception {
        fresh("SO_NOI_VU");
        submit("admin", "SO_NOI_VU");
        assertThat(call("lanhdao", post(url("SO_NOI_VU") + "/approve")).getResponse().getStatus()).isEqualTo(200);
        assertThat(status("SO_NOI_VU")).isEqualTo("APPROVED");
    }

    @Test
    void submittingAndApprovingPublishReportSubmittedAndReportApproved() throws Exception {
        fresh("SO_GDDT");
        submit("admin", "SO_GDDT");
        call("snv.cchc", post(url("SO_GDDT") + "/approve"));
        long unit = jdbc.sql("select id from unit where code = 'SO_GDDT'").query(Long.class).single();
        long snv = jdbc.sql("select id from app_user where username = 'snv.cchc'").query(Long.class).single();
        long reportId = jdbc.sql("select id from ind_report where unit_id = ? and period_key = ?").params(unit, quarter.key())
                .query(Long.class).single();
        assertThat(events.stream(ReportSubmitted.class)).singleElement()
                .satisfies(e -> assertThat(e.reportId()).isEqualTo(reportId));
        assertThat(events.stream(ReportApproved.class)).containsExactly(new ReportApproved(reportId, unit, quarter.key(), snv));
    }
}
