package vn.cchc.plan;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.UsesDemoData;

import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

@UsesDemoData("the seed plans")
class DemoPlansTest extends CchcIntegrationTest {

    @Autowired
    Plans store;

    @Test
    void theDemoHoldsTheFiveSeedsWithASpreadOfMarkedProgress() {
        assertThat(jdbc.sql("select count(*) from plan where demo and coalesce(doc_number, '') not like '%-MẪU'").query(Long.class).single())
                .as("the five seeds, beside this year's plan made from seed 001").isEqualTo(5);
        Set<TaskState> states = store.tasks(TaskFilter.all()).stream().filter(TaskRow::demo).map(TaskRow::state)
                .collect(Collectors.toSet());
        assertThat(states).contains(TaskState.NOT_STARTED, TaskState.DONE_ON_TIME, TaskState.DONE_LATE, TaskState.OVERDUE);
        long seeded = vn.cchc.DemoSnapshot.lastSeededProgressId();
        assertThat(jdbc.sql("select count(*) from task_progress where id <= ? and note like '[Dữ liệu mẫu]%'")
                .param(seeded).query(Long.class).single()).as("the demo posted progress").isPositive();
        assertThat(jdbc.sql("""
                        select count(*) from task_progress p join plan_task t on t.id = p.task_id join plan pl on pl.id = t.plan_id
                        where p.id <= ? and pl.demo and p.note not like '[Dữ liệu mẫu]%'""")
                .param(seeded).query(Long.class).single()).as("demo notes are marked").isZero();
    }
}
