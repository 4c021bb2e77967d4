package vn.cchc.plan;

import vn.cchc.UsesDemoData;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.directory.Directory;
import vn.cchc.directory.UnitRef;
import vn.cchc.page.PageRequest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The follow-up board counts in SQL what the task rows derive in Java, and lists tasks a page at a time. */
@UsesDemoData("the demo plans and accounts")
class TaskBoardTest extends CchcIntegrationTest {

    @Autowired
    TaskBoard board;

    @Autowired
    Plans store;

    @Autowired
    Directory directory;

    @Autowired
    Clock clock;

    private static final TaskBoard.Filter ALL = new TaskBoard.Filter(null, null, null, null, null, null, false);

    @Test
    void eachKindCountsItsLeadUnitsPartsByTheirOwnStateAsTheTaskRowsDeriveIt() {
        LocalDate today = LocalDate.now(clock);
        Map<String, Map<TaskState, Long>> expected = new HashMap<>();
        Map<Long, String> kindOf = new HashMap<>();
        directory.search(vn.cchc.directory.UnitQuery.all()).forEach(u -> kindOf.put(u.id(), u.kind().name()));
        for (TaskRow t : store.tasks(TaskFilter.all())) {
            for (TaskRow.UnitProgress u : t.units()) {
                expected.computeIfAbsent(kindOf.get(u.unitId()), k -> new HashMap<>())
                        .merge(t.asSeenBy(u.unitId()).state(), 1L, Long::sum);
            }
        }
        Map<String, Map<TaskState, Long>> counted = new HashMap<>();
        board.byKind(ALL, today).forEach(l -> {
            Map<TaskState, Long> nonZero = new HashMap<>();
            l.byState().forEach((s, n) -> {
                if (n > 0) {
                    nonZero.put(s, n);
                }
            });
            counted.put(l.kind(), nonZero);
        });
        assertThat(expected).isNotEmpty();
        assertThat(counted).isEqualTo(expected);
    }

    @Test
    void theTotalLineCountsTasksByTheStateTheirRowsShow() {
        LocalDate today = LocalDate.now(clock);
        Map<TaskState, Long> expected = new HashMap<>();
        for (TaskState s : TaskState.values()) {
            expected.put(s, 0L);
        }
        store.tasks(TaskFilter.all()).forEach(t -> expected.merge(t.state(), 1L, Long::sum));
        assertThat(board.byTaskState(ALL, today)).isEqualTo(expected);
        assertThat(expected.get(TaskState.OVERDUE)).as("the demo has overdue tasks").isPositive();
    }

    @Test
    void theOverdueListComesAPageAtATimeLongestLateFirst() {
        LocalDate today = LocalDate.now(clock);
        long overdue = board.byTaskState(ALL, today).get(TaskState.OVERDUE);
        var first = board.rows(ALL, TaskBoard.Rows.OVERDUE, null, null, today, new PageRequest(1, 5));
        assertThat(first.items()).hasSize((int) Math.min(5, overdue)).allMatch(t -> t.state() == TaskState.OVERDUE);
        assertThat(first.items()).isSortedAccordingTo((a, b) -> Long.compare(b.daysLate(), a.daysLate()));
        assertThat(first.hasNext()).isEqualTo(overdue > 5);
    }

    @Test
    void theBoardPageShowsKindsAndCountsButNoTaskRowsUntilAsked() throws Exception {
        mvc.perform(get("/plans/board").with(as("snv.cchc")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-kind=\"DEPARTMENT\"")))
                .andExpect(content().string(containsString("Sở, ban, ngành")))
                .andExpect(content().string(not(containsString("data-task-id="))));
    }

    @Test
    void aKindsUnitsOpenAPageAtATimeWithALinkToTheNext() throws Exception {
        String html = mvc.perform(get("/plans/board/units").param("kind", "DEPARTMENT").param("size", "3")
                        .with(as("snv.cchc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher rows = Pattern.compile("data-unit-id=\"(\\d+)\"").matcher(html);
        int n = 0;
        while (rows.find()) {
            n++;
        }
        assertThat(n).isEqualTo(3);
        assertThat(html).contains("page=2");
    }

    @Test
    void aLeaderSeesOnlyTheUnitsTheyFollowInAKind() throws Exception {
        List<Long> followed = directory.followedBy("lanhdao").stream().map(UnitRef::id).toList();
        String html = mvc.perform(get("/plans/board/units").param("kind", "DEPARTMENT").param("size", "100")
                        .with(as("lanhdao")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher rows = Pattern.compile("data-unit-id=\"(\\d+)\"").matcher(html);
        int n = 0;
        while (rows.find()) {
            assertThat(followed).contains(Long.parseLong(rows.group(1)));
            n++;
        }
        assertThat(n).isPositive();
    }

    @Test
    void aCellListsTheTasksOfThatKindInThatState() throws Exception {
        mvc.perform(get("/plans/board/rows").param("list", "CELL").param("kind", "DEPARTMENT")
                        .param("cellState", "OVERDUE").with(as("snv.cchc")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-task-id=")))
                .andExpect(content().string(containsString("Quá hạn")));
    }
}
