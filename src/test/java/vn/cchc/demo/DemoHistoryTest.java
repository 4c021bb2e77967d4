package vn.cchc.demo;

import vn.cchc.UsesDemoData;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.time.PinnableClock;
import vn.cchc.time.ProvinceTime;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's past happened on its days: written through the services with the clock set, never rewritten. */
@UsesDemoData("the demo's 2024 scoring round and its history")
class DemoHistoryTest extends CchcIntegrationTest {

    @Autowired
    SeedingClock seeding;
    @Autowired
    PinnableClock pinnable;
    @Autowired
    Clock clock;

    private List<LocalDate> days(String sql) {
        return jdbc.sql(sql).query(OffsetDateTime.class).list().stream()
                .map(t -> t.atZoneSameInstant(ProvinceTime.ZONE).toLocalDate()).distinct().sorted().toList();
    }

    @Test
    void the2024RoundWasOpenedSubmittedAndPublishedOnTheDaysOfTheProvincesRound() {
        String round = "(select id from score_round where demo and year = 2024)";
        assertThat(days("select opened_at from score_round where id = " + round)).containsExactly(LocalDate.of(2024, 12, 16));
        assertThat(days("select submitted_at from score_assessment where round_id = " + round))
                .containsExactly(LocalDate.of(2025, 1, 17));
        assertThat(days("select finalised_at from score_round_area where round_id = " + round))
                .containsExactly(LocalDate.of(2025, 4, 2));
        assertThat(days("select published_at from score_round where id = " + round)).containsExactly(LocalDate.of(2025, 4, 25));
    }

    @Test
    void eachScoreOfThe2024RoundHasItsHistoryOnTheDayOfItsStep() {
        assertThat(days("""
                select ch.occurred_at from score_change ch join score_item i on i.id = ch.item_id
                join score_assessment a on a.id = i.assessment_id join score_round r on r.id = a.round_id
                where r.demo and r.year = 2024 and ch.stage = 'SELF'""")).containsExactly(LocalDate.of(2025, 1, 10));
        assertThat(days("""
                select ch.occurred_at from score_change ch join score_item i on i.id = ch.item_id
                join score_assessment a on a.id = i.assessment_id join score_round r on r.id = a.round_id
                where r.demo and r.year = 2024 and ch.stage = 'SURVEY'""")).containsExactly(LocalDate.of(2025, 2, 20));
        assertThat(days("""
                select e.uploaded_at from score_evidence e join score_item i on i.id = e.item_id
                join score_assessment a on a.id = i.assessment_id join score_round r on r.id = a.round_id
                where r.demo and r.year = 2024 and e.stage <> 'SELF'""")).containsExactly(LocalDate.of(2025, 3, 11));
    }

    @Test
    void theSeedingClockIsSetOnlyForTheStepAndOnlyOnItsThread() throws Exception {
        LocalDateTime then = LocalDateTime.of(2025, 4, 25, 9, 0);
        LocalDate[] elsewhere = new LocalDate[1];
        LocalDate during = seeding.at(then, () -> {
            Thread other = new Thread(() -> elsewhere[0] = LocalDate.now(clock));
            other.start();
            try {
                other.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return LocalDate.now(clock);
        });
        assertThat(during).isEqualTo(LocalDate.of(2025, 4, 25));
        assertThat(elsewhere[0]).isEqualTo(LocalDate.now(pinnable));
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.now(pinnable));
    }
}
