package vn.cchc.notification;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.time.ProvinceTime;
import vn.cchc.vietnamese.Vietnamese;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The daily digest: for each user who chose it, one mail with the day's notices (the day in Nghệ An time), newest
 * first so that a capped mail keeps the latest, once per user and day however often it runs.
 */
@Component
class Digest {

    /** Bounds one mail: a day with more notices says how many more there are in the inbox. */
    static final int MAX_LINES = 50;
    private static final Locale VI = Vietnamese.LOCALE;

    private record Line(long userId, String fullName, String email, String title, String link) {
    }

    private final JdbcClient jdbc;
    private final MailOutbox outbox;
    private final MailSettings mail;
    private final MessageSource messages;

    Digest(JdbcClient jdbc, MailOutbox outbox, MailSettings mail, MessageSource messages) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.mail = mail;
        this.messages = messages;
    }

    /** Queues the digests of that day; returns how many were queued now. */
    @Transactional
    int queueFor(LocalDate day) {
        if (!mail.enabled()) {
            return 0;
        }
        List<Line> lines = jdbc.sql("""
                        select u.id, u.full_name, u.email, n.title, n.link
                        from notification n join app_user u on u.id = n.user_id
                        join notification_preference p on p.user_id = u.id and p.mail_mode = 'DAILY'
                        where n.created_at >= ? and n.created_at < ? and u.enabled and coalesce(u.email, '') <> ''
                        order by u.id, n.created_at desc, n.id desc""")
                .params(Timestamp.from(day.atStartOfDay(ProvinceTime.ZONE).toInstant()),
                        Timestamp.from(day.plusDays(1).atStartOfDay(ProvinceTime.ZONE).toInstant()))
                .query((rs, n) -> new Line(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
        Map<Long, List<Line>> byUser = new LinkedHashMap<>();
        lines.forEach(l -> byUser.computeIfAbsent(l.userId(), k -> new java.util.ArrayList<>()).add(l));
        String date = day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        int queued = 0;
        for (List<Line> mine : byUser.values()) {
            Line first = mine.get(0);
            StringBuilder list = new StringBuilder();
            mine.stream().limit(MAX_LINES).forEach(l -> list.append("- ").append(l.title()).append('\n')
                    .append("  ").append(mail.link(l.link())).append('\n'));
            if (mine.size() > MAX_LINES) {
                list.append(text("notification.digest.more", mine.size() - MAX_LINES)).append('\n');
            }
            String subject = text("notification.mail.subjectPrefix") + " " + text("notification.digest.subject", date,
                    mine.size());
            String body = text("notification.digest.body", first.fullName(), date, list.toString().stripTrailing(),
                    mail.link("/notifications"), mail.link("/notifications/settings"));
            if (outbox.enqueue("digest:" + first.userId() + ":" + day, first.userId(), first.email(), subject, body)) {
                queued++;
            }
        }
        return queued;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }
}
