package vn.cchc.notification;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.audit.AuditLog;
import vn.cchc.vietnamese.Vietnamese;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A user's own notices. Every method takes the signed-in user's id, never one from the request, and every query
 * is limited to that user's rows: nobody reads or marks another person's notice.
 */
@Component
class Inbox {

    static final int PAGE_SIZE = 20;
    private static final Locale VI = Vietnamese.LOCALE;

    /** A notice as the inbox shows it. */
    record Row(long id, String title, String link, OffsetDateTime createdAt, boolean read) {
    }

    /** One page of the inbox, newest first. */
    record Page(List<Row> rows, int number, long total) {
        public int pages() {
            return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final MessageSource messages;

    Inbox(JdbcClient jdbc, AuditLog audit, Clock clock, MessageSource messages) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    Page page(long userId, int number) {
        long total = jdbc.sql("select count(*) from notification where user_id = ?").param(userId).query(Long.class).single();
        int last = (int) Math.max(0, (total - 1) / PAGE_SIZE);
        int page = Math.max(0, Math.min(number, last));
        List<Row> rows = jdbc.sql("""
                        select id, title, link, created_at, read_at is not null as read from notification
                        where user_id = ? order by created_at desc, id desc limit ? offset ?""")
                .params(userId, PAGE_SIZE, page * PAGE_SIZE)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("title"), rs.getString("link"),
                        rs.getObject("created_at", OffsetDateTime.class), rs.getBoolean("read"))).list();
        return new Page(rows, page, total);
    }

    long unread(long userId) {
        return jdbc.sql("select count(*) from notification where user_id = ? and read_at is null").param(userId)
                .query(Long.class).single();
    }

    /**
     * Marks the user's notice read (once: a second click changes nothing) and returns where it links to.
     * Another user's notice, or one that does not exist, is refused the same way.
     */
    @Transactional
    String open(long userId, String username, long noticeId) {
        String link = jdbc.sql("select link from notification where id = ? and user_id = ?").params(noticeId, userId)
                .query(String.class).optional()
                .orElseThrow(() -> new AccessDeniedException("notification " + noticeId + " is not the user's"));
        int changed = jdbc.sql("update notification set read_at = ? where id = ? and user_id = ? and read_at is null")
                .params(Timestamp.from(clock.instant()), noticeId, userId).update();
        if (changed == 1) {
            audit.updated(Notifications.ENTITY, noticeId, Map.of("read", false), Map.of("read", true),
                    messages.getMessage("notification.audit.read", new Object[]{username}, VI));
        }
        return link;
    }

    /** Marks every unread notice of the user read; returns how many changed. */
    @Transactional
    int readAll(long userId, String username) {
        List<Long> ids = jdbc.sql("update notification set read_at = ? where user_id = ? and read_at is null returning id")
                .params(Timestamp.from(clock.instant()), userId).query(Long.class).list();
        if (!ids.isEmpty()) {
            audit.updated(Notifications.ENTITY, "user:" + userId, Map.of("unread", ids.size()), Map.of("unread", 0),
                    messages.getMessage("notification.audit.readAll", new Object[]{username, ids.size()}, VI));
        }
        return ids.size();
    }
}
