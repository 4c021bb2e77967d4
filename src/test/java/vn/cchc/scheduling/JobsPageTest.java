package vn.cchc.scheduling;

import org.junit.jupiter.api.Test;
import vn.cchc.CchcIntegrationTest;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class JobsPageTest extends CchcIntegrationTest {

    @Test
    void theAdministratorSeesTheDailyCalendarJobWithItsNextRunAt0200() throws Exception {
        String page = mvc.perform(get("/admin/jobs").with(as("admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Bảo đảm năm sau đã có bảng ngày nghỉ", "calendar-lookahead", " 02:00", "Chưa chạy");
    }

    @Test
    void theAuditSealAndTheNightlySuccessionsAreSchedulerJobsToo() throws Exception {
        String page = mvc.perform(get("/admin/jobs").with(as("admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("audit-seal", "Niêm phong nhật ký thao tác vào chuỗi băm",
                "unit-successions", " 00:05");
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name in ('audit-seal', 'unit-successions')")
                .query(Long.class).single()).isEqualTo(2L);
    }

    @Test
    void theStandingAgencyCannotSeeTheJobs() throws Exception {
        mvc.perform(get("/admin/jobs").with(as("snv.cchc"))).andExpect(status().isForbidden());
    }

    @Test
    void theAdministratorsMenuLeadsToTheCalendarAndTheJobs() throws Exception {
        String home = mvc.perform(get("/").with(as("admin"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(home).contains("href=\"/calendar\"", "href=\"/admin/jobs\"");
        String officer = mvc.perform(get("/").with(as("stp.cchc"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(officer).doesNotContain("href=\"/calendar\"");
    }
}
