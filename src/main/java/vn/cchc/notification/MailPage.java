package vn.cchc.notification;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.page.FlashRedirect;
import vn.cchc.security.CurrentUser;

import java.time.OffsetDateTime;
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
    private final MailStatus mailStatus;
    private final MailOutbox outbox;

    MailPage(JdbcClient jdbc, MailSettings settings, MessageSource messages, MailStatus mailStatus, MailOutbox outbox) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.messages = messages;
        this.mailStatus = mailStatus;
        this.outbox = outbox;
    }

    /** Sends a failed mail again, once however often it is clicked; back to the home page or the mail page. */
    @PostMapping("/admin/mail/{id}/retry")
    String retry(@PathVariable long id, @RequestParam(required = false) String back, RedirectAttributes redirect) {
        boolean queued = outbox.retry(id, CurrentUser.require().username());
        redirect.addFlashAttribute(queued ? FlashRedirect.SUCCESS : "flashError",
                queued ? "notification.mail.retried" : "notification.mail.notFailed");
        return "redirect:" + ("home".equals(back) ? "/" : "/admin/mail");
    }

    @GetMapping("/admin/mail")
    String list(@RequestParam(required = false) String status, Model model) {
        String filter = List.of("QUEUED", "SENT", "FAILED").contains(status) ? status : null;
        Map<String, Long> counts = mailStatus.counts();
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
