package vn.cchc.notification;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.audit.AuditLog;
import vn.cchc.vietnamese.Vietnamese;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;

/** Each user's choice of e-mail for their notices; without a choice, each notice is mailed at once. */
@Component
class Preferences {

    static final String ENTITY = "notification_preference";
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final MessageSource messages;

    Preferences(JdbcClient jdbc, AuditLog audit, Clock clock, MessageSource messages) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.messages = messages;
    }

    MailMode modeOf(long userId) {
        return jdbc.sql("select mail_mode from notification_preference where user_id = ?").param(userId)
                .query(String.class).optional().map(MailMode::valueOf).orElse(MailMode.IMMEDIATE);
    }

    /** The user's own choice (the caller passes the signed-in user's id, never one from the request). */
    @Transactional
    void set(long userId, String username, MailMode mode) {
        MailMode before = modeOf(userId);
        if (before == mode) {
            return;
        }
        jdbc.sql("""
                        insert into notification_preference (user_id, mail_mode, updated_at) values (?, ?, ?)
                        on conflict (user_id) do update set mail_mode = excluded.mail_mode, updated_at = excluded.updated_at""")
                .params(userId, mode.name(), Timestamp.from(clock.instant())).update();
        audit.updated(ENTITY, userId, Map.of("mailMode", before.name()), Map.of("mailMode", mode.name()),
                messages.getMessage("notification.audit.preference", new Object[]{username,
                        messages.getMessage("notification.mode." + mode, null, Vietnamese.LOCALE)},
                        Vietnamese.LOCALE));
    }
}
