package vn.cchc.scheduling;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.security.Role;
import vn.cchc.security.TestAccounts;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class JobsPageTest extends CchcIntegrationTest {

    private static String administrator;
    private static String standingAgency;
    private static String officer;

    @BeforeAll
    static void accounts(@Autowired ApplicationContext context) {
        TestAccounts accounts = new TestAccounts(context);
        administrator = accounts.create(Role.ADMIN, "SO_NOI_VU");
        standingAgency = accounts.create(Role.STANDING_AGENCY, "SO_NOI_VU");
        officer = accounts.create(Role.UNIT_OFFICER, "SO_TU_PHAP");
    }

    @Test
    void theAdministratorSeesTheDailyCalendarJobWithItsNextRunAt0200() throws Exception {
        String page = mvc.perform(get("/admin/jobs").with(as(administrator))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Bảo đảm năm sau đã có bảng ngày nghỉ", "calendar-lookahead", " 02:00", "Chưa chạy");
    }

    @Test
    void theAuditSealAndTheNightlySuccessionsAreSchedulerJobsToo() throws Exception {
        String page = mvc.perform(get("/admin/jobs").with(as(administrator))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("audit-seal", "Niêm phong nhật ký thao tác vào chuỗi băm",
                "unit-successions", " 00:05");
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name in ('audit-seal', 'unit-successions')")
                .query(Long.class).single()).isEqualTo(2L);
    }

    @Test
    void theStandingAgencyCannotSeeTheJobs() throws Exception {
        mvc.perform(get("/admin/jobs").with(as(standingAgency))).andExpect(status().isForbidden());
    }

    @Test
    void theAdministratorsMenuLeadsToTheCalendarAndTheJobs() throws Exception {
        String home = mvc.perform(get("/").with(as(administrator))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(home).contains("href=\"/calendar\"", "href=\"/admin/jobs\"");
        String officersHome = mvc.perform(get("/").with(as(officer))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(officersHome).doesNotContain("href=\"/calendar\"");
    }
}
