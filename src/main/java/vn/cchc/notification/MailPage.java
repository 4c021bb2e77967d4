package vn.cchc.notification;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The administrator's view of the mail outbox: how many mails wait, went or failed, and the latest with errors. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class MailPage {

    static final int MAX_ROWS = 100;

    /** One mail as the administrator sees it (not its body: the notices it carries are the recipient's). */
    record Mail(long id, String recipient, String subject, String status, int attempts, OffsetDateTime createdAt,
                OffsetDateTime nextAttemptAt, OffsetDateTime sentAt, String lastError) {
    }

    /** One step of the breadcrumb trail the layout shows. */
    record Crumb(String label, String href) {
    }

    private final JdbcClient jdbc;
    private final MailSettings settings;
    private final MessageSource messages;

    MailPage(JdbcClient jdbc, MailSettings settings, MessageSource messages) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.messages = messages;
    }

    @GetMapping("/admin/mail")
    String list(@RequestParam(required = false) String status, Model model) {
        String filter = List.of("QUEUED", "SENT", "FAILED").contains(status) ? status : null;
        Map<String, Long> counts = new LinkedHashMap<>();
        List.of("QUEUED", "SENT", "FAILED").forEach(s -> counts.put(s, 0L));
        jdbc.sql("select status, count(*) from mail_outbox group by status")
                .query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        List<Mail> mails = jdbc.sql("""
                        select id, recipient, subject, status, attempts, created_at, next_attempt_at, sent_at, last_error
                        from mail_outbox where (cast(? as varchar) is null or status = ?)
                        order by (status = 'FAILED') desc, created_at desc, id desc limit ?""")
                .params(filter, filter, MAX_ROWS)
                .query((rs, n) -> new Mail(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
                        rs.getString("status"), rs.getInt("attempts"), rs.getObject("created_at", OffsetDateTime.class),
                        rs.getObject("next_attempt_at", OffsetDateTime.class), rs.getObject("sent_at", OffsetDateTime.class),
                        rs.getString("last_error"))).list();
        model.addAttribute("counts", counts);
        model.addAttribute("mails", mails);
        model.addAttribute("status", filter);
        model.addAttribute("maxRows", MAX_ROWS);
        model.addAttribute("mailEnabled", settings.enabled());
        model.addAttribute("breadcrumbs", List.of(new Crumb(text("nav.admin"), "/admin/users"),
                new Crumb(text("notification.mail.title"), "/admin/mail")));
        return "notification/mail";
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
