package vn.cchc.plan;

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

class TaskSuccessionTest extends CchcIntegrationTest {

    private static String standingAgency;

    @BeforeAll
    static void accounts(@Autowired ApplicationContext context) {
        TestAccounts accounts = new TestAccounts(context);
        standingAgency = accounts.create(Role.STANDING_AGENCY, "SO_NOI_VU");
    }

    @Autowired
    Clock clock;

    @Test
    void aMergedUnitsOpenTaskMovesToItsSuccessorAndItsFinishedTaskStays() throws Exception {
        UnitMergers directory = new UnitMergers(mvc, jdbc, as(standingAgency));
        long merged = directory.department("TEST_SO_GTVT_CU", "Sở Giao thông vận tải (cũ, kiểm thử)");
        long successor = directory.department("TEST_SO_XAY_DUNG_MOI", "Sở Xây dựng (mới, kiểm thử)");
        long open = openTask(0);
        long finished = openTask(1);
        assign(open, merged, "IN_PROGRESS");
        assign(finished, merged, "DONE");

        directory.merge("TEST_SO_GTVT_CU", "Sở Giao thông vận tải (cũ, kiểm thử)", LocalDate.now(clock).minusDays(1),
                "TEST_SO_XAY_DUNG_MOI");

        assertThat(BoundedPoll.until(Duration.ofSeconds(10), () -> leadOf(open) == successor)).isTrue();
        assertThat(leadOf(finished)).isEqualTo(merged);
        assertThat(jdbc.sql("""
                        select count(*) from audit_entry where entity_type = 'plan_task_assignee' and entity_id = ?
                        and summary like '%TEST_SO_XAY_DUNG_MOI%'""")
                .param(String.valueOf(open)).query(Long.class).single()).isEqualTo(1);
    }

    private long openTask(int skip) {
        return jdbc.sql("""
                        select t.id from plan_task t join plan p on p.id = t.plan_id
                        where p.status = 'ISSUED' and t.status in ('NOT_STARTED', 'IN_PROGRESS') order by t.id offset ? limit 1""")
                .param(skip).query(Long.class).single();
    }

    private void assign(long taskId, long unitId, String status) {
        jdbc.sql("insert into plan_task_assignee (task_id, role, unit_id, source, status) values (?, 'LEAD', ?, 'NAMED', ?)")
                .params(taskId, unitId, status).update();
    }

    private long leadOf(long taskId) {
        return jdbc.sql("""
                        select unit_id from plan_task_assignee where task_id = ? and role = 'LEAD'
                        and unit_id in (select id from unit where code like 'TEST_SO_%')""")
                .param(taskId).query(Long.class).single();
    }
}
