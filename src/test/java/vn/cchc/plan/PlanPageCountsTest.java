package vn.cchc.plan;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.StatementCount;
import vn.cchc.directory.Directory;
import vn.cchc.security.Role;
import vn.cchc.security.TestAccounts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The plan page counts its tasks per section without loading them; the counts must be what the sections show when
 * opened. Plans are published in the test's transaction and rolled back after it.
 */
@Transactional
class PlanPageCountsTest extends CchcIntegrationTest {

    private static final Pattern SECTION_ROW = Pattern.compile("<tr>\\s*<td>([^<]*)</td>((?:\\s*<td>\\d+</td>)+)\\s*</tr>");
    private static final Pattern CELL = Pattern.compile("<td>(\\d+)</td>");
    private static final Pattern STATE = Pattern.compile("data-state=\"([A-Z_]+)\"");
    private static final LocalDate PAST = LocalDate.of(2020, 3, 31);
    private static final LocalDate FUTURE = LocalDate.of(2099, 12, 31);

    @Autowired
    PlanPublication publication;
    @Autowired
    Directory directory;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.context.ApplicationContext context;

    private PlanDraft.Task task(String section, int n, LocalDate due, Integer quarter) {
        long stp = PlanFixtures.unit(directory, "SO_TU_PHAP");
        return new PlanDraft.Task(section, Integer.toString(n), "PROCEDURES",
                "Rà soát, đơn giản hóa thủ tục hành chính thuộc lĩnh vực tư pháp, việc " + n, "Phó Chủ tịch UBND tỉnh",
                List.of(new PlanDraft.Agency("Sở Tư pháp", stp)), List.of(), due == null ? "Thường xuyên" : "Quý I/" + due.getYear(),
                due == null ? "ONGOING" : "DATED", due == null ? List.of() : List.of(new PlanDraft.Due(due, "QUARTER")),
                null, "Báo cáo kết quả", quarter, false, List.of(), null);
    }

    /** Sets a task's stored progress (and its lead unit's) as the workflow would have left it. */
    private void progress(long planId, int number, String status, LocalDate completedOn, LocalDate extendedDue) {
        long id = jdbc.sql("select id from plan_task where plan_id = ? and number = ?").params(planId, Integer.toString(number))
                .query(Long.class).single();
        jdbc.sql("update plan_task set status = ?, completed_on = ?, extended_due = ? where id = ?")
                .params(status, completedOn, extendedDue, id).update();
        String own = "POSTPONED".equals(status) || "CANCELLED".equals(status) ? "IN_PROGRESS" : status;
        jdbc.sql("update plan_task_assignee set status = ?, completed_on = ? where task_id = ?").params(own, completedOn, id).update();
    }

    /** Twelve tasks in sections I, II (II.1, II.2), III and none, in every state the page counts. */
    private long mixedPlan() {
        List<PlanDraft.Task> tasks = List.of(task("I", 1, FUTURE, 1), task("I", 2, FUTURE, 1), task("I", 3, PAST, 2),
                task("II.1", 4, PAST, 2), task("II.1", 5, PAST, 3), task("II.2", 6, PAST, 3), task("II.2", 7, PAST, 4),
                task("II.2", 8, FUTURE, 4), task("III", 9, PAST, null), task("III", 10, PAST, null),
                task("III", 11, null, null), task(null, 12, PAST, 1));
        long plan = publication.publish(PlanFixtures.plan(tasks), false).planId();
        progress(plan, 2, "IN_PROGRESS", null, null);
        progress(plan, 3, "IN_PROGRESS", null, null);                    // overdue
        progress(plan, 4, "DONE", LocalDate.of(2020, 3, 1), null);        // on time
        progress(plan, 5, "DONE", LocalDate.of(2020, 5, 1), null);        // late
        progress(plan, 6, "POSTPONED", null, null);
        progress(plan, 7, "CANCELLED", null, null);
        progress(plan, 9, "IN_PROGRESS", null, FUTURE);                  // past milestone, extension granted
        progress(plan, 10, "DONE", LocalDate.of(2021, 1, 5), LocalDate.of(2021, 1, 31)); // late for the milestone, not the extension
        return plan;
    }

    private String html(String url, String username) throws Exception {
        return mvc.perform(get(url).with(as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    /** The "by section" table: per section label, its total then its counts in TaskState order. */
    private static Map<String, List<Long>> sectionTable(String page) {
        String table = page.substring(page.indexOf("id=\"section-progress\""));
        table = table.substring(table.indexOf("<tbody>"), table.indexOf("</tbody>"));
        Map<String, List<Long>> rows = new LinkedHashMap<>();
        Matcher m = SECTION_ROW.matcher(table);
        while (m.find()) {
            List<Long> cells = new ArrayList<>();
            CELL.matcher(m.group(2)).results().forEach(c -> cells.add(Long.parseLong(c.group(1))));
            rows.put(m.group(1), cells);
        }
        return rows;
    }

    /** What an opened section shows: its total then its rows counted by state, in TaskState order. */
    private static List<Long> shownRows(String rows) {
        Map<TaskState, Long> byState = new EnumMap<>(TaskState.class);
        STATE.matcher(rows).results().forEach(s -> byState.merge(TaskState.valueOf(s.group(1)), 1L, Long::sum));
        List<Long> cells = new ArrayList<>();
        cells.add(byState.values().stream().mapToLong(Long::longValue).sum());
        for (TaskState s : TaskState.values()) {
            cells.add(byState.getOrDefault(s, 0L));
        }
        return cells;
    }

    @Test
    void eachSectionsCountsOnThePageAreTheStatesOfTheRowsItShowsWhenOpened() throws Exception {
        String reader = new TestAccounts(context).create(Role.UNIT_OFFICER, "SO_TU_PHAP");
        long plan = mixedPlan();

        Map<String, List<Long>> counted = sectionTable(html("/plans/" + plan, reader));

        assertThat(counted.keySet()).containsExactly("I", "II", "III", "");
        for (Map.Entry<String, List<Long>> section : counted.entrySet()) {
            String rows = html("/plans/" + plan + "/tasks?section=" + section.getKey(), reader);
            assertThat(section.getValue()).as("section %s", section.getKey()).isEqualTo(shownRows(rows));
        }
        // every state occurs, so a rule that drifts between the page and the rows shows in some section
        assertThat(counted.values().stream().mapToLong(c -> c.get(0)).sum()).isEqualTo(12);
        for (int s = 0; s < TaskState.values().length; s++) {
            int state = s + 1;
            assertThat(counted.values().stream().mapToLong(c -> c.get(state)).sum()).as(TaskState.values()[s].name()).isPositive();
        }
    }

    @Test
    void thePlanPageOfFourHundredTasksReadsNoMoreAssigneesThanOneOfTwentyAndOneRowMorePerTask() throws Exception {
        String reader = new TestAccounts(context).create(Role.UNIT_OFFICER, "SO_TU_PHAP");
        long small = publication.publish(PlanFixtures.plan(IntStream.rangeClosed(1, 20)
                .mapToObj(i -> task("II", i, PAST.plusMonths(i % 12), 1 + i % 4)).toList()), false).planId();
        long large = publication.publish(PlanFixtures.plan(IntStream.rangeClosed(1, 400)
                .mapToObj(i -> task("II", i, PAST.plusMonths(i % 12), 1 + i % 4)).toList()), false).planId();
        html("/plans/" + small, reader);

        StatementCount.Read<String> twenty = StatementCount.rowsDuring(() -> html("/plans/" + small, reader));
        StatementCount.Read<String> fourHundred = StatementCount.rowsDuring(() -> html("/plans/" + large, reader));

        assertThat(fourHundred.rowsFrom("plan_task_assignee")).isEqualTo(twenty.rowsFrom("plan_task_assignee"));
        // one light row per task (its section, quarter, status and dates) is all that grows with the plan
        assertThat(total(fourHundred) - total(twenty)).isEqualTo(400 - 20);
        assertThat(fourHundred.result()).contains("400 nhiệm vụ");
    }

    private static int total(StatementCount.Read<?> read) {
        return read.rowsByStatement().values().stream().mapToInt(Integer::intValue).sum();
    }

    @Test
    void anOpenedSectionReadsOnlyItsOwnTasks() throws Exception {
        String reader = new TestAccounts(context).create(Role.UNIT_OFFICER, "SO_TU_PHAP");
        List<PlanDraft.Task> tasks = new ArrayList<>();
        IntStream.rangeClosed(1, 300).forEach(i -> tasks.add(task("I", i, FUTURE, null)));
        IntStream.rangeClosed(301, 310).forEach(i -> tasks.add(task("II." + (i % 3 + 1), i, FUTURE, null)));
        long plan = publication.publish(PlanFixtures.plan(tasks), false).planId();

        StatementCount.Read<String> opened = StatementCount.rowsDuring(() -> html("/plans/" + plan + "/tasks?section=II", reader));

        assertThat(STATE.matcher(opened.result()).results().count()).isEqualTo(10);
        assertThat(opened.rowsFrom("from plan_task t join plan p")).isEqualTo(10);
        assertThat(opened.rowsFrom("plan_task_assignee")).isEqualTo(10);
    }
}
