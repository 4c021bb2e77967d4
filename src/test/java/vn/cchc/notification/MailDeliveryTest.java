package vn.cchc.notification;

import vn.cchc.UsesDemoData;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cchc.BoundedPoll;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.Parallel;

import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Notices by e-mail through a real SMTP server (GreenMail on a free port): the outbox's own sending path, pointed
 * at it through {@link MailSettings#use}. Mail is off in the shared test context otherwise.
 */
@UsesDemoData("the demo accounts")
class MailDeliveryTest extends CchcIntegrationTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    NotificationFixture fixture;
    @Autowired
    MailSettings settings;
    @Autowired
    MailOutbox outbox;
    @Autowired
    Notifications notifications;
    @Autowired
    Digest digest;
    @Autowired
    Preferences preferences;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    private long officer;

    @BeforeEach
    void pointAtGreenMail() {
        officer = fixture.officer();
        quiet();
        settings.use(new MailSettings.Server("127.0.0.1", smtp.getSmtp().getPort(), "", "", false));
    }

    @AfterEach
    void mailOffAgain() {
        settings.reset();
        quiet();
        tx.executeWithoutResult(s -> preferences.set(officer, NotificationFixture.OFFICER, MailMode.IMMEDIATE));
    }

    /** Mails other tests left queued must not reach this test's server (mail is off there, so they never leave). */
    private void quiet() {
        jdbc.sql("update mail_outbox set status = 'FAILED', last_error = 'left by an earlier test' where status = 'QUEUED'").update();
    }

    private Map<String, Object> outboxRow(String key) {
        BoundedPoll.until(Duration.ofSeconds(20), () -> jdbc.sql("select count(*) from mail_outbox where dedup_key = ?")
                .param(key).query(Long.class).single() == 1);
        return jdbc.sql("select * from mail_outbox where dedup_key = ?").param(key).query().singleRow();
    }

    @Test
    void aReturnedReportReachesTheOfficersMailboxInVietnamese() throws Exception {
        long report = fixture.submitAndReturn(mvc, "Số hồ sơ trực tuyến chưa khớp với Cổng dịch vụ công");
        long notice = fixture.awaitNotice(NotificationFixture.OFFICER, "ind_report", report, Reason.REPORT_RETURNED);
        outboxRow("notice:" + notice);

        outbox.sendDue(50);

        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        // an earlier test's listener may still queue another notice for the same officer (a reminder, an urging), so
        // only the mail about this return is looked at, and it must be there once
        List<MimeMessage> returns = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (m.getSubject().contains("bị trả lại")) {
                returns.add(m);
            }
        }
        assertThat(returns).hasSize(1);
        MimeMessage mail = returns.get(0);
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(NotificationFixture.EMAIL);
        assertThat(mail.getSubject()).isEqualTo("[CCHC Nghệ An] Báo cáo chỉ tiêu " + label() + " của Sở Xây dựng bị trả lại: "
                + "Số hồ sơ trực tuyến chưa khớp với Cổng dịch vụ công");
        String text = new String(mail.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).startsWith("Kính gửi Võ Thị Thu Hà (Sở Xây dựng),")
                .contains("http://localhost:8080/indicators/reports/SO_XAY_DUNG/" + fixture.quarter().key())
                .contains("Hệ thống quản lý cải cách hành chính tỉnh Nghệ An");
        assertThat(jdbc.sql("select status from mail_outbox where dedup_key = ?").param("notice:" + notice)
                .query(String.class).single()).isEqualTo("SENT");
    }

    private String label() {
        return "Quý " + fixture.quarter().number() + "/" + fixture.quarter().year();
    }

    @Test
    void anUnreachableMailServerLeavesTheReturnDoneAndTheMailQueuedForARetry() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        settings.use(new MailSettings.Server("127.0.0.1", closed, "", "", false));

        long report = fixture.submitAndReturn(mvc, "Thiếu chỉ tiêu số hóa hồ sơ");
        assertThat(jdbc.sql("select status from ind_report where id = ?").param(report).query(String.class).single())
                .isEqualTo("RETURNED");
        long notice = fixture.awaitNotice(NotificationFixture.OFFICER, "ind_report", report, Reason.REPORT_RETURNED);
        outboxRow("notice:" + notice);

        OffsetDateTime before = OffsetDateTime.now();
        assertThat(outbox.sendDue(50)).isZero();

        Map<String, Object> row = outboxRow("notice:" + notice);
        assertThat(row.get("status")).isEqualTo("QUEUED");
        assertThat(row.get("attempts")).isEqualTo(1);
        assertThat((String) row.get("last_error")).contains("MailSendException");
        // the first retry one base delay (cchc.mail.retry-base, a minute) later
        assertThat(jdbc.sql("select next_attempt_at from mail_outbox where dedup_key = ?").param("notice:" + notice)
                .query(OffsetDateTime.class).single()).isAfter(before.plusSeconds(50));
    }

    @Test
    void afterTheLastAttemptTheMailIsFailedAndTheAdministratorSeesTheError() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        settings.use(new MailSettings.Server("127.0.0.1", closed, "", "", false));
        long thing = System.nanoTime();
        tx.executeWithoutResult(s -> notifications.send(List.of(new Recipient(officer, "Võ Thị Thu Hà", NotificationFixture.EMAIL)),
                new Notice("plan", String.valueOf(thing), Reason.PLAN_PUBLISHED_LEAD, "/plans/" + thing, List.of(" năm 2026"))));
        String key = "notice:" + jdbc.sql("select id from notification where thing_id = ?").param(String.valueOf(thing))
                .query(Long.class).single();
        for (int attempt = 1; attempt <= 6; attempt++) {
            jdbc.sql("update mail_outbox set next_attempt_at = now() - interval '1 second' where dedup_key = ? and status = 'QUEUED'")
                    .param(key).update();
            outbox.sendDue(50);
        }
        Map<String, Object> row = outboxRow(key);
        assertThat(row.get("status")).isEqualTo("FAILED");
        assertThat(row.get("attempts")).isEqualTo(6);

        String page = mvc.perform(get("/admin/mail").param("status", "FAILED").with(as("admin"))).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("mail-" + row.get("id")).contains("Connection refused").contains("Lỗi");
    }

    @Test
    void twoSendersAtOnceSendEachMailOnce() throws Exception {
        long base = System.nanoTime();
        tx.executeWithoutResult(s -> IntStream.range(0, 12).forEach(i -> notifications.send(
                List.of(new Recipient(officer, "Võ Thị Thu Hà", NotificationFixture.EMAIL)),
                new Notice("task_progress", String.valueOf(base + i), Reason.PROGRESS_CONFIRMED, "/plans/tasks/" + i,
                        List.of("Sở Xây dựng")))));

        // (the scheduled sender of this node may take some too: a third sender)
        List<Integer> sent = Parallel.times(2, () -> outbox.sendDue(50));

        assertThat(sent.stream().mapToInt(Integer::intValue).sum()).isBetween(1, 12);
        assertThat(smtp.waitForIncomingEmail(10_000, 12)).isTrue();
        Thread.sleep(500);
        assertThat(smtp.getReceivedMessages()).hasSize(12);
        assertThat(jdbc.sql("select count(*) from mail_outbox where status = 'SENT' and attempts = 1 and dedup_key in "
                        + "(select 'notice:' || id from notification where thing_type = 'task_progress' and thing_id::bigint >= ?)")
                .param(base).query(Long.class).single()).isEqualTo(12);
    }

    @Test
    void theDailyDigestSendsOneMailWithTheDaysNoticesOnceHoweverOftenItRuns() throws Exception {
        tx.executeWithoutResult(s -> preferences.set(officer, NotificationFixture.OFFICER, MailMode.DAILY));
        long base = System.nanoTime();
        for (String unit : List.of("Sở Xây dựng", "Sở Tư pháp")) {
            long thing = base++;
            tx.executeWithoutResult(s -> notifications.send(List.of(new Recipient(officer, "Võ Thị Thu Hà", NotificationFixture.EMAIL)),
                    new Notice("task_progress", String.valueOf(thing), Reason.PROGRESS_CONFIRMED, "/plans/tasks/" + thing,
                            List.of(unit))));
        }
        assertThat(outbox.sendDue(50)).as("nothing mailed at once").isZero();

        LocalDate today = LocalDate.now(vn.cchc.time.ProvinceTime.ZONE);
        assertThat(digest.queueFor(today)).isEqualTo(1);
        assertThat(digest.queueFor(today)).isZero();
        outbox.sendDue(50);

        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).startsWith("[CCHC Nghệ An] Tổng hợp thông báo ngày "
                + today.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        String text = new String(received[0].getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).contains("Báo cáo tiến độ nhiệm vụ của Sở Xây dựng đã được xác nhận.")
                .contains("Báo cáo tiến độ nhiệm vụ của Sở Tư pháp đã được xác nhận.");
    }
}
