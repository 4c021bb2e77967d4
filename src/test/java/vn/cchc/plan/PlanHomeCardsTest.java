package vn.cchc.plan;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.UsesDemoData;
import vn.cchc.directory.Directory;
import vn.cchc.directory.UnitRef;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/** The home page shows each role its plan figures, each linking to where the work is done. */
@UsesDemoData("the demo accounts")
class PlanHomeCardsTest extends CchcIntegrationTest {

    @Autowired
    PlanDashboard dashboard;
    @Autowired
    Directory directory;

    @Test
    void aUnitOfficerSeesTheirOverdueDueSoonAndReturnedCounts() throws Exception {
        PlanDashboard.UnitTasks mine = dashboard.forUnit(PlanFixtures.unit(directory, "SO_TU_PHAP"));
        mvc.perform(get("/").with(as("stp.cchc")))
                .andExpect(content().string(containsString("id=\"my-overdue-count\">" + mine.overdue().size() + "<")))
                .andExpect(content().string(containsString("id=\"my-due-soon-count\">" + mine.dueSoon().size() + "<")))
                .andExpect(content().string(containsString("id=\"my-returned-count\">" + mine.returned().size() + "<")))
                .andExpect(content().string(containsString("href=\"/my-tasks#my-overdue\"")))
                .andExpect(content().string(not(containsString("card-plan-queue"))));
    }

    @Test
    void theStandingAgencySeesItsQueueLinkingToTheBoard() throws Exception {
        PlanDashboard.Queue queue = dashboard.standingQueue();
        mvc.perform(get("/").with(as("snv.cchc")))
                .andExpect(content().string(containsString("id=\"queue-awaiting-count\">" + queue.awaiting() + "<")))
                .andExpect(content().string(containsString("id=\"queue-overdue-count\">" + queue.overdue() + "<")))
                .andExpect(content().string(containsString("href=\"/plans/board#board-awaiting\"")));
    }

    @Autowired
    Plans plans;

    @Test
    void theStandingAgencysQueueCountsWhatTheTaskListShows() {
        java.util.List<TaskRow> followed = plans.tasks(TaskFilter.all()).stream().filter(TaskRow::followed).toList();
        long awaiting = followed.stream().filter(TaskRow::awaitingConfirmation).count();
        long overdue = followed.stream().filter(t -> t.state() == TaskState.OVERDUE).count();
        org.assertj.core.api.Assertions.assertThat(overdue).as("the demo has overdue tasks").isPositive();

        org.assertj.core.api.Assertions.assertThat(dashboard.standingQueue())
                .isEqualTo(new PlanDashboard.Queue(awaiting, overdue));
    }

    @Test
    void theStandingAgencysQueueIsOneStatementHoweverManyTasksThereAre() throws Exception {
        vn.cchc.StatementCount.Counted<PlanDashboard.Queue> counted = vn.cchc.StatementCount.during(dashboard::standingQueue);

        org.assertj.core.api.Assertions.assertThat(counted.statements()).isEqualTo(1);
    }

    @Test
    void aLeaderSeesTheOverdueTasksOfTheUnitsTheyFollow() throws Exception {
        long late = dashboard.overdueOf(directory.followedBy("lanhdao").stream().map(UnitRef::id).toList()).size();
        mvc.perform(get("/").with(as("lanhdao")))
                .andExpect(content().string(containsString("id=\"followed-overdue-count\">" + late + "<")))
                .andExpect(content().string(not(containsString("card-my-tasks"))));
    }
}
