package vn.cchc.notification;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.audit.AuditLog;
import vn.cchc.vietnamese.Vietnamese;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Tells users about a thing: a notice in each one's inbox and, for those who want it at once and have an address,
 * a mail in the outbox, all in the caller's transaction (or its own). The same user, thing and reason again adds
 * nothing, so an event delivered twice notifies once. This is the module's entry point for every source: a new
 * event (such as a late-submission window granted) needs only a listener that calls {@link #send}.
 */
@Service
public class Notifications {

    static final String ENTITY = "notification";
    private static final Locale VI = Vietnamese.LOCALE;
    private static final int MAX_SUBJECT = 150;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Preferences preferences;
    private final MailOutbox outbox;
    private final MailSettings mail;
    private final java.time.Clock clock;

    Notifications(JdbcClient jdbc, AuditLog audit, MessageSource messages, Preferences preferences, MailOutbox outbox,
                  MailSettings mail, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.messages = messages;
        this.preferences = preferences;
        this.outbox = outbox;
        this.mail = mail;
        this.clock = clock;
    }

    /** Writes the notice for each recipient who does not have it yet; returns how many were new. */
    @Transactional
    public int send(Collection<Recipient> recipients, Notice notice) {
        String title = messages.getMessage(notice.reason().messageKey(), notice.args().toArray(), VI);
        Timestamp now = Timestamp.from(clock.instant());
        int created = 0;
        for (Recipient r : recipients) {
            Optional<Long> id = jdbc.sql("""
                            insert into notification (user_id, thing_type, thing_id, reason, title, link, created_at)
                            values (?, ?, ?, ?, ?, ?, ?)
                            on conflict on constraint notification_once do nothing returning id""")
                    .params(r.userId(), notice.thingType(), notice.thingId(), notice.reason().name(), title,
                            notice.link(), now).query(Long.class).optional();
            if (id.isEmpty()) {
                continue;
            }
            created++;
            boolean mailed = preferences.modeOf(r.userId()) == MailMode.IMMEDIATE
                    && outbox.enqueue("notice:" + id.get(), r.userId(), r.email(), subject(title),
                    text("notification.mail.body", r.fullName(), title, mail.link(notice.link()),
                            mail.link("/notifications/settings")));
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("userId", r.userId());
            after.put("thing", notice.thingType() + ":" + notice.thingId());
            after.put("reason", notice.reason().name());
            after.put("title", title);
            after.put("mailQueued", mailed);
            audit.created(ENTITY, id.get(), after, text("notification.audit.created", r.fullName(), title));
        }
        return created;
    }

    String subject(String title) {
        String prefix = text("notification.mail.subjectPrefix");
        String one = title.replaceAll("\\s+", " ").strip();
        return prefix + " " + (one.length() > MAX_SUBJECT ? one.substring(0, MAX_SUBJECT - 1) + "…" : one);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }
}
