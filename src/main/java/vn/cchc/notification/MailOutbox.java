package vn.cchc.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.audit.AuditLog;
import vn.cchc.vietnamese.Vietnamese;

import java.io.UnsupportedEncodingException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Mails wait here until the SMTP server takes them. A mail is queued in the transaction of the write that caused
 * it (so a user's action never waits for, or fails with, the mail server) and sent later by {@link #sendDue}: each
 * mail is claimed with a row lock that other senders skip, sent, and marked sent in the same transaction, so two
 * nodes never send the same mail. A failed attempt is tried again after 1, 2, 4… times the base delay; after the
 * last attempt the mail is FAILED and stays on the administrator's page with its error.
 */
@Component
class MailOutbox {

    static final String ENTITY = "mail_outbox";
    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);
    private static final Locale VI = Vietnamese.LOCALE;
    private static final int MAX_ERROR = 1000;

    private record Queued(long id, String recipient, String subject, String body, int attempts) {
    }

    private final JdbcClient jdbc;
    private final MailSettings settings;
    private final Clock clock;
    private final AuditLog audit;
    private final MessageSource messages;
    private final TransactionTemplate tx;
    private final int maxAttempts;
    private final Duration retryBase;

    MailOutbox(JdbcClient jdbc, MailSettings settings, Clock clock, AuditLog audit, MessageSource messages,
               TransactionTemplate tx, @Value("${cchc.mail.max-attempts:6}") int maxAttempts,
               @Value("${cchc.mail.retry-base:PT1M}") Duration retryBase) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
        this.audit = audit;
        this.messages = messages;
        this.tx = tx;
        this.maxAttempts = maxAttempts;
        this.retryBase = retryBase;
    }

    /**
     * Queues a mail in the caller's transaction, once per key ("notice:12", "digest:7:2025-06-20"). Nothing is
     * queued while mail is off (no {@code spring.mail.host}). True if a mail was queued now.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean enqueue(String key, Long userId, String to, String subject, String body) {
        if (!settings.enabled() || to == null || to.isBlank()) {
            return false;
        }
        Timestamp now = Timestamp.from(clock.instant());
        Optional<Long> id = jdbc.sql("""
                        insert into mail_outbox (dedup_key, user_id, recipient, subject, body, next_attempt_at, created_at)
                        values (?, ?, ?, ?, ?, ?, ?) on conflict (dedup_key) do nothing returning id""")
                .params(key, userId, to.trim(), subject, body, now, now).query(Long.class).optional();
        id.ifPresent(i -> audit.created(ENTITY, i, Map.of("recipient", to.trim(), "subject", subject, "key", key),
                text("notification.audit.mailQueued", to.trim())));
        return id.isPresent();
    }

    /**
     * Sends at most {@code max} due mails, one transaction each; stops at the first failure, since the server is
     * then most likely down and the next run tries again. Returns how many were sent.
     */
    int sendDue(int max) {
        if (!settings.enabled()) {
            return 0;
        }
        JavaMailSenderImpl sender = settings.sender();
        int sent = 0;
        for (int i = 0; i < max; i++) {
            Boolean ok = tx.execute(status -> sendOne(sender));
            if (ok == null) {
                break;
            }
            if (!ok) {
                break;
            }
            sent++;
        }
        return sent;
    }

    /**
     * The administrator sends a failed mail again: it is queued for now with its attempts counted from zero. The
     * update is conditioned on the mail being FAILED, so a double click (or a mail already retried) queues it once;
     * false when it was not failed.
     */
    @Transactional
    boolean retry(long id, String by) {
        int moved = jdbc.sql("""
                        update mail_outbox set status = 'QUEUED', attempts = 0, next_attempt_at = ?
                        where id = ? and status = 'FAILED'""")
                .params(Timestamp.from(clock.instant()), id).update();
        if (moved == 0) {
            return false;
        }
        String recipient = jdbc.sql("select recipient from mail_outbox where id = ?").param(id).query(String.class).single();
        audit.updated(ENTITY, id, Map.of("status", "FAILED"), Map.of("status", "QUEUED", "attempts", 0),
                text("notification.audit.mailRetried", by, recipient));
        return true;
    }

    /** True: one mail sent; false: one attempt failed; null: nothing due. */
    private Boolean sendOne(JavaMailSenderImpl sender) {
        Instant now = clock.instant();
        Optional<Queued> due = jdbc.sql("""
                        select id, recipient, subject, body, attempts from mail_outbox
                        where status = 'QUEUED' and next_attempt_at <= ?
                        order by next_attempt_at, id limit 1 for update skip locked""")
                .param(Timestamp.from(now))
                .query((rs, n) -> new Queued(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
                        rs.getString("body"), rs.getInt("attempts"))).optional();
        if (due.isEmpty()) {
            return null;
        }
        Queued mail = due.get();
        int attempts = mail.attempts() + 1;
        try {
            sender.send(message(sender, mail));
        } catch (MailException | MessagingException | UnsupportedEncodingException e) {
            failed(mail, attempts, now, e);
            return false;
        }
        jdbc.sql("update mail_outbox set status = 'SENT', attempts = ?, sent_at = ?, last_error = null where id = ?")
                .params(attempts, Timestamp.from(now), mail.id()).update();
        audit.updated(ENTITY, mail.id(), Map.of("status", "QUEUED", "attempts", mail.attempts()),
                Map.of("status", "SENT", "attempts", attempts), text("notification.audit.mailSent", mail.recipient()));
        return true;
    }

    private void failed(Queued mail, int attempts, Instant now, Exception e) {
        String error = describe(e);
        boolean last = attempts >= maxAttempts;
        // 1, 2, 4… times the base delay after the first, second, third… failed attempt
        Instant next = now.plus(retryBase.multipliedBy(1L << Math.min(attempts - 1, 20)));
        jdbc.sql("update mail_outbox set status = ?, attempts = ?, next_attempt_at = ?, last_error = ? where id = ?")
                .params(last ? "FAILED" : "QUEUED", attempts, Timestamp.from(last ? now : next), error, mail.id()).update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", last ? "FAILED" : "QUEUED");
        after.put("attempts", attempts);
        after.put("error", error);
        audit.updated(ENTITY, mail.id(), Map.of("status", "QUEUED", "attempts", mail.attempts()), after,
                text(last ? "notification.audit.mailFailed" : "notification.audit.mailRetry", mail.recipient(),
                        attempts));
        log.warn("Mail {} to {} not sent (attempt {} of {}): {}", mail.id(), mail.recipient(), attempts, maxAttempts, error);
    }

    private MimeMessage message(JavaMailSenderImpl sender, Queued mail) throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(settings.from(), text("notification.mail.senderName"));
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        helper.setText(mail.body(), false);
        message.setHeader("Auto-Submitted", "auto-generated");
        return message;
    }

    private static String describe(Exception e) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = e; t != null && out.length() < MAX_ERROR; t = t.getCause()) {
            if (!out.isEmpty()) {
                out.append(" ← ");
            }
            out.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
            if (t.getCause() == t) {
                break;
            }
        }
        return out.length() > MAX_ERROR ? out.substring(0, MAX_ERROR) : out.toString();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }
}
