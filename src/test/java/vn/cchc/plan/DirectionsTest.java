package vn.cchc.plan;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.BoundedPoll;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.Parallel;
import vn.cchc.directory.Directory;
import vn.cchc.security.Role;
import vn.cchc.security.TestAccounts;
import vn.cchc.time.PinnableClock;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A leader's direction (ý kiến chỉ đạo) on a task of a unit they follow: the task's lead unit is told, sees it and
 * acknowledges it once; the leader sees whether and when, and what waits too long.
 */
class DirectionsTest extends CchcIntegrationTest {

    private static final String TEXT = "Đề nghị Sở Tư pháp khẩn trương rà soát thủ tục hành chính nội bộ, báo cáo trước kỳ họp Ban Chỉ đạo.";

    private static String leader;
    private static String leaderOfAnotherUnit;
    private static String officer;
    private static String otherUnitsOfficer;

    @Autowired
    Plans store;
    @Autowired
    PlanPublication publication;
    @Autowired
    Directory directory;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    PinnableClock clock;
    @Autowired
    ApplicationEventPublisher events;

    @BeforeAll
    static void accounts(@Autowired ApplicationContext context) {
        TestAccounts accounts = new TestAccounts(context);
        leader = accounts.create(Role.LEADER, "UBND_TINH", "SO_TU_PHAP");
        leaderOfAnotherUnit = accounts.create(Role.LEADER, "UBND_TINH", "SO_KHCN");
        officer = accounts.create(Role.UNIT_OFFICER, "SO_TU_PHAP");
        otherUnitsOfficer = accounts.create(Role.UNIT_OFFICER, "SO_KHCN");
    }

    @BeforeEach
    void pinToday() {
        clock.pin(LocalDate.of(2026, 3, 2));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long taskOfSoTuPhap() {
        PlanDraft.Task t = PlanFixtures.task("3", "Rà soát, đơn giản hóa thủ tục hành chính nội bộ",
                PlanFixtures.unit(directory, "SO_TU_PHAP"), "Sở Tư pháp", LocalDate.of(2026, 9, 30));
        long planId = tx.execute(s -> publication.publish(PlanFixtures.plan(List.of(t)), false)).planId();
        return store.tasks(TaskFilter.ofPlan(planId)).get(0).id();
    }

    private long soTuPhap() {
        return PlanFixtures.unit(directory, "SO_TU_PHAP");
    }

    private int give(long taskId, String as, String key) throws Exception {
        return mvc.perform(post("/plans/tasks/{id}/directions", taskId).param("unitId", Long.toString(soTuPhap()))
                        .param("text", TEXT).param("due", "15/03/2026").param("key", key).with(as(as)).with(csrf()))
                .andReturn().getResponse().getStatus();
    }

    private long directionOn(long taskId) throws Exception {
        assertThat(give(taskId, leader, UUID.randomUUID().toString())).isEqualTo(302);
        return jdbc.sql("select id from task_direction where task_id = ?").param(taskId).query(Long.class).single();
    }

    private int acknowledge(long directionId, String as) throws Exception {
        return mvc.perform(post("/plans/directions/{id}/acknowledge", directionId).with(as(as)).with(csrf()))
                .andReturn().getResponse().getStatus();
    }

    private long notices(String username, long directionId) {
        return jdbc.sql("""
                        select count(*) from notification n join app_user u on u.id = n.user_id
                        where u.username = ? and n.thing_type = 'task_direction' and n.thing_id = ?""")
                .params(username, Long.toString(directionId)).query(Long.class).single();
    }

    @Test
    void aLeaderFollowingTheLeadUnitWritesADirectionThatIsAuditedAndShownOnTheTaskPage() throws Exception {
        long taskId = taskOfSoTuPhap();
        long id = directionOn(taskId);

        assertThat(jdbc.sql("select due from task_direction where id = ?").param(id).query(LocalDate.class).single())
                .isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'task_direction' and entity_id = ? and action = 'CREATE' and actor = ?")
                .params(Long.toString(id), leader).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/plans/tasks/{id}", taskId).with(as(officer)))
                .andExpect(content().string(containsString(TEXT)))
                .andExpect(content().string(containsString("Hạn xử lý: 15/03/2026")))
                .andExpect(content().string(containsString("acknowledge-button")));
    }

    @Test
    void aLeaderWhoDoesNotFollowTheUnitIsRefused() throws Exception {
        long taskId = taskOfSoTuPhap();
        assertThat(give(taskId, leaderOfAnotherUnit, UUID.randomUUID().toString())).isEqualTo(403);
        assertThat(give(taskId, officer, UUID.randomUUID().toString())).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from task_direction where task_id = ?").param(taskId).query(Long.class).single())
                .isZero();
    }

    @Test
    void aDirectionForAUnitThatDoesNotLeadTheTaskIsRefusedWithAMessage() throws Exception {
        long taskId = taskOfSoTuPhap();
        String both = new TestAccounts(applicationContext()).create(Role.LEADER, "UBND_TINH", "SO_TU_PHAP", "SO_KHCN");
        mvc.perform(post("/plans/tasks/{id}/directions", taskId)
                        .param("unitId", Long.toString(PlanFixtures.unit(directory, "SO_KHCN")))
                        .param("text", TEXT).param("key", UUID.randomUUID().toString()).with(as(both)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("flashError", "plan.direction.error.notLead"));
        assertThat(jdbc.sql("select count(*) from task_direction where task_id = ?").param(taskId).query(Long.class).single())
                .isZero();
    }

    @Test
    void anotherUnitsOfficerCannotAcknowledge() throws Exception {
        long id = directionOn(taskOfSoTuPhap());
        assertThat(acknowledge(id, otherUnitsOfficer)).isEqualTo(403);
        assertThat(acknowledge(id, leader)).isEqualTo(403);
        assertThat(jdbc.sql("select acknowledged_at is null from task_direction where id = ?").param(id)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void aDoubleAcknowledgeActsOnce() throws Exception {
        long id = directionOn(taskOfSoTuPhap());
        List<Integer> statuses = Parallel.times(8, () -> acknowledge(id, officer));
        assertThat(statuses).containsOnly(302);
        assertThat(jdbc.sql("select acknowledged_by from task_direction where id = ?").param(id).query(String.class).single())
                .isEqualTo(officer);
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'task_direction' and entity_id = ? and action = 'UPDATE'")
                .param(Long.toString(id)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theLeaderSeesWhenTheDirectionWasAcknowledged() throws Exception {
        long taskId = taskOfSoTuPhap();
        long id = directionOn(taskId);
        mvc.perform(get("/plans/tasks/{id}", taskId).with(as(leader)))
                .andExpect(content().string(containsString("Chưa tiếp nhận")));
        assertThat(acknowledge(id, officer)).isEqualTo(302);
        mvc.perform(get("/plans/tasks/{id}", taskId).with(as(leader)))
                .andExpect(content().string(containsString("Đã tiếp nhận: ")))
                .andExpect(content().string(containsString("02/03/2026")))
                .andExpect(content().string(not(containsString("acknowledge-button"))));
    }

    @Test
    void theNoticeReachesTheOfficerOnce() throws Exception {
        long taskId = taskOfSoTuPhap();
        String key = UUID.randomUUID().toString();
        assertThat(give(taskId, leader, key)).isEqualTo(302);
        assertThat(give(taskId, leader, key)).isEqualTo(302);
        long id = jdbc.sql("select id from task_direction where task_id = ?").param(taskId).query(Long.class).single();
        assertThat(BoundedPoll.until(Duration.ofSeconds(20), () -> notices(officer, id) > 0)).isTrue();
        // The registry may deliver an event again after a restart: the notice stays one.
        tx.executeWithoutResult(s -> events.publishEvent(new DirectionGiven(id, taskId, "3", soTuPhap(), 0, "Lãnh đạo", null)));
        BoundedPoll.until(Duration.ofSeconds(2), () -> false);
        assertThat(notices(officer, id)).isEqualTo(1);
        assertThat(notices(otherUnitsOfficer, id)).isZero();
        assertThat(notices(leader, id)).isZero();
    }

    @Test
    void myTasksListsTheOpenDirectionWithItsAcknowledgeAction() throws Exception {
        long id = directionOn(taskOfSoTuPhap());
        mvc.perform(get("/my-tasks").with(as(officer)))
                .andExpect(content().string(containsString("data-direction-id=\"" + id + "\"")));
        mvc.perform(post("/plans/directions/{id}/acknowledge", id).param("back", "my-tasks").with(as(officer)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/my-tasks"));
        mvc.perform(get("/my-tasks").with(as(officer)))
                .andExpect(content().string(not(containsString("data-direction-id=\"" + id + "\""))));
    }

    @Test
    void theLeadersViewListsADirectionNotAcknowledgedAfterThreeWorkingDays() throws Exception {
        long id = directionOn(taskOfSoTuPhap());
        String row = "data-direction-id=\"" + id + "\"";
        // Given on Monday 02/03/2026: Thursday is two working days later, the next Monday three... Thursday 05/03 is 3.
        clock.pin(LocalDate.of(2026, 3, 4));
        mvc.perform(get("/leader/units").with(as(leader))).andExpect(content().string(not(containsString(row))));
        clock.pin(LocalDate.of(2026, 3, 5));
        mvc.perform(get("/leader/units").with(as(leader))).andExpect(content().string(containsString(row)));
        mvc.perform(get("/leader/units").with(as(leaderOfAnotherUnit))).andExpect(content().string(not(containsString(row))));
        assertThat(acknowledge(id, officer)).isEqualTo(302);
        mvc.perform(get("/leader/units").with(as(leader))).andExpect(content().string(not(containsString(row))));
    }

    @Autowired
    ApplicationContext context;

    private ApplicationContext applicationContext() {
        return context;
    }
}
