package vn.cchc.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * The mail outbox as a gauge ({@value #NAME}): mails waiting to be sent and mails that failed for good, for the
 * whole installation (the outbox is shared by the nodes). Two counts over partial indexes, read at most once per
 * {@code cchc.mail.outbox-gauge-max-age} however often it is scraped; NaN while the database does not answer.
 */
@Component
class OutboxMeter {

    static final String NAME = "cchc.mail.outbox";
    private static final Logger log = LoggerFactory.getLogger(OutboxMeter.class);

    private record Counts(double waiting, double failed, long readAt) {
    }

    private final JdbcClient jdbc;
    private final long maxAgeNanos;
    private volatile Counts last;

    OutboxMeter(JdbcClient jdbc, MeterRegistry registry,
                @Value("${cchc.mail.outbox-gauge-max-age:PT15S}") Duration maxAge) {
        this.jdbc = jdbc;
        this.maxAgeNanos = maxAge.toNanos();
        Gauge.builder(NAME, this, m -> m.counts().waiting()).description("Mails in the outbox, by status")
                .tag("status", "waiting").strongReference(true).register(registry);
        Gauge.builder(NAME, this, m -> m.counts().failed()).description("Mails in the outbox, by status")
                .tag("status", "failed").strongReference(true).register(registry);
    }

    private Counts counts() {
        Counts seen = last;
        long now = System.nanoTime();
        if (seen != null && now - seen.readAt() < maxAgeNanos) {
            return seen;
        }
        Counts read;
        try {
            read = jdbc.sql("""
                            select (select count(*) from mail_outbox where status = 'QUEUED'),
                                   (select count(*) from mail_outbox where status = 'FAILED')""")
                    .query((rs, n) -> new Counts(rs.getLong(1), rs.getLong(2), now)).single();
        } catch (DataAccessException e) {
            log.debug("mail outbox not counted", e);
            read = new Counts(Double.NaN, Double.NaN, now);
        }
        last = read;
        return read;
    }
}
