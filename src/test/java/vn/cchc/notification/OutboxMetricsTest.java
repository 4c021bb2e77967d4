package vn.cchc.notification;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.PrometheusScrape;

import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThat;

/** The metrics scrape shows the mail outbox: how many mails wait for the SMTP server and how many failed for good. */
class OutboxMetricsTest extends CchcIntegrationTest {

    private static final String SERIES = "cchc_mail_outbox";

    @Autowired
    ApplicationContext context;
    @Autowired
    MailSettings settings;
    @Autowired
    MailOutbox outbox;
    @Autowired
    TransactionTemplate tx;

    private long queued(String status) {
        return jdbc.sql("select count(*) from mail_outbox where status = ?").param(status).query(Long.class).single();
    }

    @Test
    void aQueuedMailIsCountedAsWaitingAndThenAsFailedOnceItFailsForGood() throws Exception {
        String key = "metrics:" + System.nanoTime();
        PrometheusScrape before = PrometheusScrape.of(context);

        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        // mail on just long enough to queue one (nothing is queued while it is off), towards a server that is not there
        settings.use(new MailSettings.Server("127.0.0.1", closedPort, "", "", false));
        try {
            tx.executeWithoutResult(s -> assertThat(outbox.enqueue(key, null, "vanthu@xaydung.nghean.gov.vn",
                    "Nhắc việc: báo cáo CCHC quý IV", "Kính gửi Văn thư Sở Xây dựng")).isTrue());
        } finally {
            settings.reset();
        }

        PrometheusScrape waiting = PrometheusScrape.of(context);
        assertThat(waiting.value(SERIES, "status=waiting") - before.value(SERIES, "status=waiting")).isEqualTo(1);
        assertThat(waiting.value(SERIES, "status=waiting")).isEqualTo(queued("QUEUED"));

        jdbc.sql("update mail_outbox set status = 'FAILED', last_error = 'Connection refused' where dedup_key = ?").param(key).update();

        PrometheusScrape failed = PrometheusScrape.of(context);
        assertThat(failed.value(SERIES, "status=failed") - before.value(SERIES, "status=failed")).isEqualTo(1);
        assertThat(failed.value(SERIES, "status=waiting")).isEqualTo(before.value(SERIES, "status=waiting"));
        assertThat(failed.value(SERIES, "status=failed")).isEqualTo(queued("FAILED"));
    }
}
