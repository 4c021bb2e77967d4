package vn.cchc.database;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.BoundedPoll;
import vn.cchc.CchcIntegrationTest;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class EventPublicationRegistryTest extends CchcIntegrationTest {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    IncompleteEventPublications incomplete;

    @Test
    void anEventWhoseListenerFailedStaysIncompleteAndIsDeliveredAgainOnRestart() {
        String marker = "thu-lai-" + UUID.randomUUID();
        RegistryProbeListener.FAILING.add(marker);
        tx.executeWithoutResult(s -> events.publishEvent(new RegistryProbe(marker)));

        assertThat(BoundedPoll.until(Duration.ofSeconds(10), () -> "FAILED".equals(status(marker)))).isTrue();
        assertThat(RegistryProbeListener.HANDLED).doesNotContain(marker);

        RegistryProbeListener.FAILING.remove(marker);
        // what the application does when it starts: resubmit what is still incomplete (republish-on-restart is on)
        ((SmartInitializingSingleton) incomplete).afterSingletonsInstantiated();

        assertThat(BoundedPoll.until(Duration.ofSeconds(10), () -> RegistryProbeListener.HANDLED.contains(marker))).isTrue();
        assertThat(BoundedPoll.until(Duration.ofSeconds(10), () -> "COMPLETED".equals(status(marker)))).isTrue();
    }

    private String status(String marker) {
        return jdbc.sql("select status from event_publication where serialized_event like ?")
                .param("%" + marker + "%").query(String.class).optional().orElse(null);
    }
}
