package vn.cchc.demo;

import vn.cchc.UsesDemoData;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.plan.PlanDashboard;
import vn.cchc.plan.PlanDraft;
import vn.cchc.plan.PlanImports;
import vn.cchc.plan.Plans;
import vn.cchc.plan.PlanSummary;
import vn.cchc.plan.TaskFilter;
import vn.cchc.plan.TaskRow;
import vn.cchc.plan.TaskState;
import vn.cchc.time.PinnableClock;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** This year's plan of the demo: seed 001 with its deadlines in the current year, marked as sample data. */
@UsesDemoData("this year's demo plan")
class CurrentYearPlanTest extends CchcIntegrationTest {

    @Autowired
    Plans store;
    @Autowired
    PlanImports imports;
    @Autowired
    PlanDashboard dashboard;
    @Autowired
    PinnableClock pinnable;
    @Autowired
    Clock clock;

    @AfterEach
    void unpin() {
        pinnable.reset();
    }

    private PlanSummary thisYearsPlan() {
        int year = LocalDate.now(clock).getYear();
        return store.plans(year).stream().filter(p -> ("02/KH-BCĐ" + CurrentYearPlan.NUMBER_SUFFIX).equals(p.number()))
                .findFirst().orElseThrow();
    }

    private PlanDraft seed001() throws Exception {
        return imports.parse(new ClassPathResource("demo/plans/" + DemoPlans.SEED_001).getContentAsByteArray(),
                DemoPlans.SEED_001);
    }

    @Test
    void theDemoHoldsThisYearsPlanMadeFromSeed001MarkedAsSampleData() throws Exception {
        PlanSummary plan = thisYearsPlan();
        assertThat(plan.demo()).isTrue();
        assertThat(plan.title()).startsWith("[Dữ liệu mẫu] ")
                .endsWith("công tác của Ban Chỉ đạo cải cách hành chính tỉnh Nghệ An năm " + LocalDate.now(clock).getYear());
        assertThat(plan.date()).isEqualTo(LocalDate.of(LocalDate.now(clock).getYear(), 1, 25));
        assertThat(plan.taskCount()).isEqualTo(seed001().tasks().size());
        mvc.perform(get("/plans/" + plan.id()).with(as("snv.cchc"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Dữ liệu mẫu")))
                .andExpect(content().string(containsString("02/KH-BCĐ-MẪU")));
    }

    @Test
    void everyDeadlineOfThisYearsPlanIsInThisYear() {
        int year = LocalDate.now(clock).getYear();
        List<TaskRow> dated = store.tasks(TaskFilter.ofPlan(thisYearsPlan().id())).stream()
                .filter(t -> t.milestones().size() > 0).toList();
        assertThat(dated).hasSizeGreaterThan(20);
        assertThat(dated).allSatisfy(t -> assertThat(t.milestones()).allSatisfy(m -> assertThat(m.due().getYear()).isEqualTo(year)));
    }

    @Test
    void thisYearsPlanHasOpenTasksDueInTheNext30DaysAndOverdueOnesWithProgressOnOthers() {
        LocalDate today = LocalDate.now(clock);
        List<TaskRow> tasks = store.tasks(TaskFilter.ofPlan(thisYearsPlan().id()));
        List<TaskRow> dueSoon = tasks.stream().filter(t -> t.state().open() && t.state() != TaskState.OVERDUE
                && t.due() != null && !t.due().isBefore(today) && !t.due().isAfter(today.plusDays(30))).toList();
        assertThat(dueSoon).hasSizeGreaterThanOrEqualTo(3);
        assertThat(tasks).filteredOn(t -> t.state() == TaskState.OVERDUE).hasSizeGreaterThanOrEqualTo(3);
        assertThat(tasks).filteredOn(t -> t.percent() > 0).isNotEmpty();
        // the lead unit's "due soon" list (home page, "Việc của tôi") shows them
        TaskRow first = dueSoon.get(0);
        long lead = first.units().get(0).unitId();
        assertThat(dashboard.forUnit(lead).dueSoon()).extracting(TaskRow::id).contains(first.id());
    }

    @Test
    void onAnyDayOfTheYearSomeTasksFallDueWithin30DaysAndSomeAreOverdue() throws Exception {
        PlanDraft seed = seed001();
        for (LocalDate day : List.of(LocalDate.of(2026, 2, 10), LocalDate.of(2026, 8, 3), LocalDate.of(2026, 12, 24))) {
            pinnable.pin(day);
            PlanDraft plan = CurrentYearPlan.from(seed, LocalDate.now(clock));
            assertThat(plan.year()).isEqualTo(2026);
            assertThat(plan.tasks()).as("due within 30 days of %s", day).filteredOn(t -> CurrentYearPlan.due(t) != null
                    && !CurrentYearPlan.due(t).isBefore(day) && !CurrentYearPlan.due(t).isAfter(day.plusDays(30)))
                    .hasSizeGreaterThanOrEqualTo(3);
            assertThat(plan.tasks()).as("overdue on %s", day)
                    .filteredOn(t -> CurrentYearPlan.due(t) != null && CurrentYearPlan.due(t).isBefore(day))
                    .hasSizeGreaterThanOrEqualTo(3);
            assertThat(plan.tasks()).allSatisfy(t -> assertThat(t.milestones())
                    .allSatisfy(m -> assertThat(m.due().getYear()).isEqualTo(2026)));
        }
    }
}
