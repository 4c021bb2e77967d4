package vn.cchc.directory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.security.Role;
import vn.cchc.security.TestAccounts;
import vn.cchc.time.PinnableClock;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** A merger decided ahead of time takes effect on its day, not when it is typed in. */
class FutureSuccessionTest extends CchcIntegrationTest {

    private static String standingAgency;

    @BeforeAll
    static void accounts(@Autowired ApplicationContext context) {
        TestAccounts accounts = new TestAccounts(context);
        standingAgency = accounts.create(Role.STANDING_AGENCY, "SO_NOI_VU");
    }

    @Autowired
    PinnableClock clock;
    @Autowired
    Successions successions;

    @AfterEach
    void backToTheRealDate() {
        clock.reset();
    }

    @Test
    void aMergerRecordedForTheFirstOfJulyIsAnnouncedOnThatDayAndNotBefore() throws Exception {
        clock.pin(LocalDate.of(2031, 6, 20));
        UnitMergers directory = new UnitMergers(mvc, jdbc, as(standingAgency));
        long merged = directory.department("TEST_BQL_KKT_CU", "Ban Quản lý Khu kinh tế Đông Nam (cũ, kiểm thử)");
        directory.department("TEST_SO_CONG_THUONG_MOI", "Sở Công Thương (mới, kiểm thử)");

        directory.merge("TEST_BQL_KKT_CU", "Ban Quản lý Khu kinh tế Đông Nam (cũ, kiểm thử)", LocalDate.of(2031, 6, 30),
                "TEST_SO_CONG_THUONG_MOI");
        successions.announceDue();
        assertThat(announced(merged)).isFalse();

        clock.pin(LocalDate.of(2031, 7, 1));
        successions.announceDue();
        assertThat(announced(merged)).isTrue();
        assertThat(jdbc.sql("select count(*) from event_publication where event_type = ? and serialized_event like ?")
                .params(UnitSucceeded.class.getName(), "%\"unitId\":" + merged + ",%").query(Long.class).single())
                .isPositive();
    }

    private boolean announced(long unitId) {
        return jdbc.sql("select announced_at is not null from unit_succession where unit_id = ?").param(unitId)
                .query(Boolean.class).single();
    }
}
