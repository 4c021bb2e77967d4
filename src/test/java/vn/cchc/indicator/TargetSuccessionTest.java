package vn.cchc.indicator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.cchc.BoundedPoll;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.directory.UnitMergers;
import vn.cchc.security.Role;
import vn.cchc.security.TestAccounts;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class TargetSuccessionTest extends CchcIntegrationTest {

    private static String standingAgency;

    @BeforeAll
    static void accounts(@Autowired ApplicationContext context) {
        TestAccounts accounts = new TestAccounts(context);
        standingAgency = accounts.create(Role.STANDING_AGENCY, "SO_NOI_VU");
    }

    @Autowired
    Clock clock;

    @Test
    void aMergedUnitsTargetForTheYearOfTheMergerMovesToItsSuccessorAndLastYearsStays() throws Exception {
        UnitMergers directory = new UnitMergers(mvc, jdbc, as(standingAgency));
        long merged = directory.department("TEST_SO_DU_LICH_CU", "Sở Du lịch (cũ, kiểm thử)");
        long successor = directory.department("TEST_SO_VHTTDL_MOI", "Sở Văn hóa, Thể thao và Du lịch (mới, kiểm thử)");
        LocalDate lastDay = LocalDate.now(clock).minusDays(1);
        int year = lastDay.plusDays(1).getYear();
        long thisYear = target(merged, year);
        long lastYear = target(merged, year - 1);

        directory.merge("TEST_SO_DU_LICH_CU", "Sở Du lịch (cũ, kiểm thử)", lastDay, "TEST_SO_VHTTDL_MOI");

        assertThat(BoundedPoll.until(Duration.ofSeconds(10), () -> unitOf(thisYear) == successor)).isTrue();
        assertThat(unitOf(lastYear)).isEqualTo(merged);
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'ind_target' and entity_id = ?")
                .param(String.valueOf(thisYear)).query(Long.class).single()).isEqualTo(1);
    }

    private long target(long unitId, int year) {
        return jdbc.sql("""
                        insert into ind_target (indicator_id, year, unit_id, comparator, value, origin)
                        values ((select id from ind_indicator order by code limit 1), ?, ?, '>=', 95, 'kiểm thử') returning id""")
                .params(year, unitId).query(Long.class).single();
    }

    private long unitOf(long targetId) {
        return jdbc.sql("select unit_id from ind_target where id = ?").param(targetId).query(Long.class).single();
    }
}
