package vn.cchc.notification;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.cchc.security.PasswordResetRequested;
import vn.cchc.time.ProvinceTime;
import vn.cchc.vietnamese.Vietnamese;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Mails a reset link: not a notice (no inbox row, no preference; the account may never have signed in). Heard in the
 * requester's transaction, not after it, so the link is never kept in the event publication table.
 */
@Component
class PasswordResetMail {

    private static final Locale VI = Vietnamese.LOCALE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    private final MailOutbox outbox;
    private final MailSettings settings;
    private final MessageSource messages;

    PasswordResetMail(MailOutbox outbox, MailSettings settings, MessageSource messages) {
        this.outbox = outbox;
        this.settings = settings;
        this.messages = messages;
    }

    @EventListener
    void on(PasswordResetRequested request) {
        String subject = text("notification.mail.subjectPrefix") + " " + text("notification.passwordReset.subject");
        String body = text("notification.passwordReset.body", request.fullName(), settings.link(request.path()),
                TIME.format(request.expiresAt().atZone(ProvinceTime.ZONE)));
        outbox.enqueue("password-reset:" + request.resetId(), request.userId(), request.email(), subject, body);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }
}
