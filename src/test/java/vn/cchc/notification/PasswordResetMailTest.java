package vn.cchc.notification;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.security.Role;
import vn.cchc.security.TestAccounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** "Quên mật khẩu" end to end: the request page, the mail through a real SMTP server (GreenMail), the link. */
class PasswordResetMailTest extends CchcIntegrationTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());
    private static final AtomicInteger ADDRESS = new AtomicInteger(20);
    private static final String NEW_PASSWORD = "Hoalansen2026moi";

    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    MailSettings settings;
    @Autowired
    MailOutbox outbox;

    private String username;
    private String email;

    @BeforeEach
    void anOfficerWithAnAddressAndMailOn() {
        username = new TestAccounts(context).create(Role.UNIT_OFFICER, "SO_TU_PHAP");
        email = username + "@sotuphap.nghean.gov.vn";
        jdbc.sql("update app_user set email = ?, full_name = 'Nguyễn Thị Hồng Nhung' where username = ?")
                .params(email, username).update();
        quiet();
        settings.use(new MailSettings.Server("127.0.0.1", smtp.getSmtp().getPort(), "", "", false));
    }

    @AfterEach
    void mailOffAgain() {
        settings.reset();
        quiet();
    }

    private void quiet() {
        jdbc.sql("update mail_outbox set status = 'FAILED', last_error = 'left by an earlier test' where status = 'QUEUED'").update();
    }

    /** Each request from an address of its own, so the per-address limit of one test never meets another's. */
    private static RequestPostProcessor fromOwnAddress() {
        String address = "10.44.0." + ADDRESS.incrementAndGet();
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private void ask(String login) throws Exception {
        mvc.perform(post("/password/forgot").param("login", login).with(csrf()).with(fromOwnAddress()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/password/forgot?sent"));
    }

    private String mailedToken() throws Exception {
        outbox.sendDue(50);
        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        String text = new String(mail.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Matcher link = Pattern.compile("http://localhost:8080/password/reset\\?token=([A-Za-z0-9_-]{43})").matcher(text);
        assertThat(link.find()).as(text).isTrue();
        return link.group(1);
    }

    private String passwordHash() {
        return jdbc.sql("select password_hash from app_user where username = ?").param(username).query(String.class).single();
    }

    private String resetPage(String token) throws Exception {
        return mvc.perform(get("/password/reset").param("token", token)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private String setNewPassword(String token, int expectedStatus) throws Exception {
        return mvc.perform(post("/password/reset").param("token", token).param("replacement", NEW_PASSWORD)
                        .param("confirmation", NEW_PASSWORD).with(csrf()))
                .andExpect(status().is(expectedStatus)).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theResetMailArrivesInVietnameseWithALinkThatSetsTheNewPassword() throws Exception {
        ask(email.toUpperCase());

        String token = mailedToken();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(email);
        assertThat(mail.getSubject()).isEqualTo("[CCHC Nghệ An] Đặt lại mật khẩu");
        String text = new String(mail.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("Kính gửi Nguyễn Thị Hồng Nhung,").contains("dùng được một lần, đến ");
        assertThat(resetPage(token)).contains("Đặt mật khẩu mới cho tài khoản " + username);

        setNewPassword(token, 302);

        assertThat(signedInClient(username, NEW_PASSWORD)).isNotNull();
    }

    @Test
    void onlyTheHashOfTheTokenIsStoredAndTheAuditNeverSeesTheToken() throws Exception {
        ask(username);
        String token = mailedToken();

        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(StandardCharsets.UTF_8)));
        assertThat(jdbc.sql("select count(*) from password_reset where token_hash = ?").param(hash)
                .query(Long.class).single()).isEqualTo(1);
        setNewPassword(token, 302);
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'password_reset' and "
                        + "(coalesce(before_value::text, '') || coalesce(after_value::text, '') || summary) like ?")
                .param("%" + token + "%").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from event_publication where serialized_event like ?")
                .param("%" + token + "%").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'password_reset' and summary = ?")
                .param("Đặt lại mật khẩu qua liên kết cho tài khoản " + username).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aLinkUsedOnceSaysSoTheSecondTimeAndChangesNothing() throws Exception {
        ask(username);
        String token = mailedToken();
        setNewPassword(token, 302);
        String afterFirst = passwordHash();

        String second = setNewPassword(token, 200);

        assertThat(second).contains("id=\"reset-invalid\"").contains("đã được dùng hoặc đã hết hạn");
        assertThat(passwordHash()).isEqualTo(afterFirst);
        assertThat(resetPage(token)).contains("id=\"reset-invalid\"").doesNotContain("name=\"replacement\"");
    }

    @Test
    void aLinkOlderThanThirtyMinutesIsRefusedAndChangesNothing() throws Exception {
        ask(username);
        String token = mailedToken();
        String before = passwordHash();
        jdbc.sql("update password_reset set expires_at = now() - interval '1 minute', requested_at = now() - interval '31 minutes' "
                + "where user_id = (select id from app_user where username = ?)").param(username).update();

        String page = setNewPassword(token, 200);

        assertThat(page).contains("id=\"reset-invalid\"");
        assertThat(passwordHash()).isEqualTo(before);
    }

    @Test
    void theLoginPageLeadsToTheForgottenPasswordForm() throws Exception {
        String login = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String form = mvc.perform(get("/password/forgot")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(login).contains("href=\"/password/forgot\"").contains("Quên mật khẩu?");
        assertThat(form).contains("Tên đăng nhập hoặc thư điện tử").contains("action=\"/password/forgot\"");
    }

    @Test
    void anUnknownAccountGetsTheSameAnswerAndNoMailLeaves() throws Exception {
        long queued = jdbc.sql("select count(*) from mail_outbox where dedup_key like 'password-reset:%'")
                .query(Long.class).single();

        ask("khong.ton.tai.2026");
        ask("nguoi.la@nghean.gov.vn");

        assertThat(jdbc.sql("select count(*) from mail_outbox where dedup_key like 'password-reset:%'")
                .query(Long.class).single()).isEqualTo(queued);
        assertThat(outbox.sendDue(50)).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void aFourthRequestWithinThirtyMinutesSendsNoFourthMail() throws Exception {
        for (int i = 0; i < 4; i++) {
            ask(username);
        }

        assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = ?").param(email)
                .query(Long.class).single()).isEqualTo(3);
    }
}
