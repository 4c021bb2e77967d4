package vn.cchc.plan;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.BoundedPoll;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.directory.Directory;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PlanPublishedTest extends CchcIntegrationTest {

    @Autowired
    Plans store;
    @Autowired
    PlanPublication publication;
    @Autowired
    Directory directory;
    @Autowired
    TransactionTemplate tx;

    private PlanDraft planLedByJusticeWithScience() {
        PlanDraft.Task t = PlanFixtures.task("3", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
                PlanFixtures.unit(directory, "SO_TU_PHAP"), "Sở Tư pháp", LocalDate.of(2024, 9, 30));
        return PlanFixtures.plan(List.of(t.withAgencies(t.lead(),
                List.of(new PlanDraft.Agency("Sở Khoa học và Công nghệ", PlanFixtures.unit(directory, "SO_KHCN"))))));
    }

    @Test
    void publishingAPlanTellsOtherModulesItsYearAndItsLeadAndCoordinatingUnits() {
        long planId = tx.execute(s -> publication.publish(planLedByJusticeWithScience(), false)).planId();

        assertThat(BoundedPoll.until(Duration.ofSeconds(10), () -> received(planId).isPresent())).isTrue();
        PlanPublished event = received(planId).orElseThrow();
        assertThat(event.year()).isEqualTo(2024);
        assertThat(event.leadUnitIds()).containsExactly(PlanFixtures.unit(directory, "SO_TU_PHAP"));
        assertThat(event.coordinatingUnitIds()).containsExactly(PlanFixtures.unit(directory, "SO_KHCN"));
    }

    @Test
    void publishingTheSameDocumentAgainUnchangedAnnouncesNothingNew() {
        PlanDraft draft = planLedByJusticeWithScience();
        long planId = tx.execute(s -> publication.publish(draft, false)).planId();
        tx.execute(s -> publication.publish(draft, false));

        // one publication per listener (the registry keeps a row for each), so: each listener's count
        assertThat(jdbc.sql("""
                        select count(*) from event_publication where event_type = ? and serialized_event like ?
                        group by listener_id""")
                .params(PlanPublished.class.getName(), "%\"planId\":" + planId + ",%").query(Long.class).list())
                .isNotEmpty().containsOnly(1L);
    }

    private Optional<PlanPublished> received(long planId) {
        return PlanPublishedRecorder.RECEIVED.stream().filter(e -> e.planId() == planId).findFirst();
    }
}
