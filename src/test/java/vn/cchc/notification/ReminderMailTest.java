package vn.cchc.notification;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.cchc.BoundedPoll;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.UsesDemoData;
import vn.cchc.reminder.ReminderFixture;
import vn.cchc.time.PinnableClock;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The scheduled reminder job itself (db-scheduler's {@code reminders-daily}, made due now) on a pinned day: the
 * officer of the lead unit gets the reminder in the inbox and by e-mail through a real SMTP server, once, and the job
 * run again on the same day mails nothing more.
 */
@UsesDemoData("the demo administrator creates the officer")
class ReminderMailTest extends CchcIntegrationTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final LocalDate DAY = LocalDate.of(2025, 9, 10);
    private static final LocalDate DUE = LocalDate.of(2025, 9, 11);

    @Autowired
    MailSettings settings;
    @Autowired
    MailOutbox outbox;
    @Autowired
    PinnableClock clock;
    @Autowired
    Scheduler scheduler;
    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService details;

    private String officer;
    private String email;

    @BeforeEach
    void anOfficerWithAnAddressAndGreenMail() throws Exception {
        officer = "nhacviec" + System.nanoTime() % 1_000_000 + ".ttt";
        email = officer + "@thanhtra.nghean.gov.vn";
        mvc.perform(post("/admin/users/new").param("username", officer).param("fullName", "Đặng Văn Quyết (Thanh tra tỉnh)")
                        .param("email", email).param("unitId", String.valueOf(new ReminderFixture(context).unitId()))
                        .param("roles", "UNIT_OFFICER").param("enabled", "true").param("password", "Kiemthu@2026nghean")
                        .with(user(details.loadUserByUsername("admin"))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        jdbc.sql("update mail_outbox set status = 'FAILED', last_error = 'left by an earlier test' where status = 'QUEUED'").update();
        settings.use(new MailSettings.Server("127.0.0.1", smtp.getSmtp().getPort(), "", "", false));
    }

    @AfterEach
    void mailOffAndTheRealDate() {
        settings.reset();
        clock.reset();
        jdbc.sql("update mail_outbox set status = 'FAILED', last_error = 'left by an earlier test' where status = 'QUEUED'").update();
    }

    /** Makes the recurring job due now and waits until the scheduler has run it once more. */
    private void runTheScheduledJob() {
        Instant before = Instant.now();
        scheduler.reschedule(TaskInstanceId.of("reminders-daily", RecurringTask.INSTANCE), before);
        boolean ran = BoundedPoll.until(Duration.ofSeconds(60), () -> jdbc.sql(
                        "select last_success from scheduled_tasks where task_name = 'reminders-daily'")
                .query(Timestamp.class).optional().map(t -> t != null && t.toInstant().isAfter(before)).orElse(false));
        assertThat(ran).as("the reminders job ran").isTrue();
    }

    /** The outbox sent in batches until empty (the day's reminders of every demo officer are queued too). */
    private void sendAllQueued() {
        for (int i = 0; i < 50 && outbox.sendDue(50) > 0; i++) {
            // next batch
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theScheduledJobMailsTheReminderOnceAndARerunTheSameDayMailsNothing() throws Exception {
        long task = new ReminderFixture(context).taskDue(DUE, "Kiểm tra việc thực hiện kỷ luật, kỷ cương hành chính");
        clock.pin(DAY);

        runTheScheduledJob();
        sendAllQueued();
        int afterTheFirstRun = smtp.getReceivedMessages().length;
        runTheScheduledJob();
        sendAllQueued();

        assertThat(afterTheFirstRun).isPositive();
        assertThat(smtp.getReceivedMessages()).as("nothing new after the rerun").hasSize(afterTheFirstRun);

        MimeMessage[] mine = Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(email);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toArray(MimeMessage[]::new);
        MimeMessage[] aboutTheTask = Arrays.stream(mine).filter(m -> subject(m).contains("kỷ luật, kỷ cương hành chính"))
                .toArray(MimeMessage[]::new);
        assertThat(aboutTheTask).hasSize(1);
        assertThat(subject(aboutTheTask[0])).startsWith("[CCHC Nghệ An] Còn 1 ngày làm việc đến hạn nhiệm vụ")
                .contains("11/09/2025");
        assertThat(jdbc.sql("""
                        select count(*) from notification n join app_user u on u.id = n.user_id
                        where u.username = ? and n.thing_type = 'plan_task' and n.thing_id = ?""")
                .params(officer, task + "/TASK_DUE_IN_1").query(Long.class).single()).isEqualTo(1);
    }
}
