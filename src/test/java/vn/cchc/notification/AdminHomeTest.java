package vn.cchc.notification;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.Parallel;
import vn.cchc.security.Role;
import vn.cchc.security.TestAccounts;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The administrator's home says what is owed to the installation: the scheduled jobs with their last and next run and
 * failures, the mail outbox by status and its latest failures with their error and a retry that acts once.
 */
class AdminHomeTest extends CchcIntegrationTest {

    private static final String ERROR = "MailConnectException: Không kết nối được máy chủ smtp.nghean.gov.vn, cổng 25";

    private static String admin;
    private long failed;

    @BeforeAll
    static void account(@Autowired ApplicationContext context) {
        admin = new TestAccounts(context).create(Role.ADMIN, "SO_NOI_VU");
    }

    /** A mail that failed its last attempt, as the outbox leaves it. */
    @BeforeEach
    void aFailedMail() {
        failed = jdbc.sql("""
                        insert into mail_outbox (dedup_key, recipient, subject, body, status, attempts, next_attempt_at,
                                                 last_error, created_at)
                        values (?, 'stp.cchc@sotuphap.nghean.gov.vn', '[CCHC Nghệ An] Báo cáo tiến độ bị trả lại',
                                'Kính gửi', 'FAILED', 6, now(), ?, now() + interval '1 day') returning id""")
                .params("test:" + UUID.randomUUID(), ERROR).query(Long.class).single();
    }

    private String home() throws Exception {
        return mvc.perform(get("/").with(as(admin))).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theHomeListsTheScheduledJobsWithTheirNextRun() throws Exception {
        List<String> names = jdbc.sql("select task_name from scheduled_tasks").query(String.class).list();
        assertThat(names).contains("audit-seal");
        assertThat(home()).contains("id=\"card-jobs\"").contains("data-job=\"audit-seal\"")
                .contains("Niêm phong nhật ký thao tác vào chuỗi băm");
    }

    @Test
    void theHomeShowsTheFailedMailWithItsErrorAndARetry() throws Exception {
        long failedCount = jdbc.sql("select count(*) from mail_outbox where status = 'FAILED'").query(Long.class).single();
        String page = home();
        assertThat(page).contains("data-mail-id=\"" + failed + "\"").contains(ERROR)
                .contains("action=\"/admin/mail/" + failed + "/retry\"")
                .contains("Lỗi: " + vn.cchc.vietnamese.VietnameseNumbers.format(java.math.BigDecimal.valueOf(failedCount)));
    }

    @Test
    void aDoubleClickedRetryQueuesTheMailOnceAndIsAudited() throws Exception {
        List<Integer> statuses = Parallel.times(6, () -> mvc.perform(post("/admin/mail/{id}/retry", failed)
                .param("back", "home").with(as(admin)).with(csrf())).andReturn().getResponse().getStatus());
        assertThat(statuses).containsOnly(302);
        assertThat(jdbc.sql("select status || ':' || attempts from mail_outbox where id = ?").param(failed)
                .query(String.class).single()).isEqualTo("QUEUED:0");
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'mail_outbox' and entity_id = ? and actor = ?")
                .params(Long.toString(failed), admin).query(Long.class).single()).isEqualTo(1);
        // Mail is off in the tests: the queued mail stays; leave it failed so other tests' senders never meet it.
        jdbc.sql("update mail_outbox set status = 'FAILED' where id = ?").param(failed).update();
    }

    @Test
    void aStandingAgencyOfficerCannotRetryAMail() throws Exception {
        String officer = new TestAccounts(applicationContext).create(Role.STANDING_AGENCY, "SO_NOI_VU");
        assertThat(mvc.perform(post("/admin/mail/{id}/retry", failed).with(as(officer)).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(jdbc.sql("select status from mail_outbox where id = ?").param(failed).query(String.class).single())
                .isEqualTo("FAILED");
    }

    @Autowired
    ApplicationContext applicationContext;
}
