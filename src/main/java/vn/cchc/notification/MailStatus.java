package vn.cchc.notification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the mail outbox stands, for the administrator's mail page and home ({@code @mailStatus}): the count of mails
 * by status and the latest failures with their error. Two statements whatever the size of the outbox.
 */
@Component
class MailStatus {

    static final int HOME_FAILURES = 5;
    static final List<String> STATUSES = List.of("QUEUED", "SENT", "FAILED");

    private final JdbcClient jdbc;
    private final MailSettings settings;

    MailStatus(JdbcClient jdbc, MailSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    record Failure(long id, String recipient, String subject, int attempts, OffsetDateTime createdAt, String lastError) {
    }

    record Summary(Map<String, Long> counts, List<Failure> lastFailures, boolean mailEnabled) {
    }

    /** Status → count, every status present (0 when none). */
    Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        STATUSES.forEach(s -> counts.put(s, 0L));
        jdbc.sql("select status, count(*) from mail_outbox group by status")
                .query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }

    @Transactional(readOnly = true)
    public Summary summary() {
        List<Failure> failures = jdbc.sql("""
                        select id, recipient, subject, attempts, created_at, last_error from mail_outbox
                        where status = 'FAILED' order by created_at desc, id desc limit ?""")
                .param(HOME_FAILURES)
                .query((rs, n) -> new Failure(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
                        rs.getInt("attempts"), rs.getObject("created_at", OffsetDateTime.class), rs.getString("last_error")))
                .list();
        return new Summary(counts(), failures, settings.enabled());
    }
}
