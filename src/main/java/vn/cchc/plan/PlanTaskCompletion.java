package vn.cchc.plan;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.scoring.ScoreSource;
import vn.cchc.vietnamese.Vietnamese;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * Task completion for scoring's computed items: the tasks a unit leads (its own part of shared and group tasks) in
 * issued or closed plans, due in the year, cancelled tasks left out; done on time when the unit's part is confirmed
 * done (not awaiting review) on or before the due date (the granted extension, else the last milestone), as
 * {@link TaskState#derive} reads it. A copy of a provincial task in the unit's own cascaded plan is not counted
 * twice when the unit leads the provincial task itself.
 */
@Component
@Order(10)
class PlanTaskCompletion implements ScoreSource {

    private static final Locale VI = Vietnamese.LOCALE;

    private final JdbcClient jdbc;
    private final MessageSource messages;

    PlanTaskCompletion(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TaskCompletion> taskCompletion(long unitId, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        int[] counts = jdbc.sql("""
                        with task_due as (
                            select t.id, t.source_task_id,
                                   coalesce(t.extended_due, (select max(m.due) from plan_task_milestone m where m.task_id = t.id)) as due
                            from plan_task t join plan p on p.id = t.plan_id
                            where p.status in ('ISSUED', 'CLOSED') and t.status <> 'CANCELLED')
                        select count(*) as due_count,
                               count(*) filter (where a.status = 'DONE' and a.review <> 'AWAITING'
                                                  and a.completed_on is not null and a.completed_on <= d.due) as on_time
                        from plan_task_assignee a join task_due d on d.id = a.task_id
                        where a.role = 'LEAD' and a.unit_id = ? and d.due between ? and ?
                          and not exists (select 1 from plan_task_assignee s
                                          where s.task_id = d.source_task_id and s.role = 'LEAD' and s.unit_id = a.unit_id)""")
                .params(unitId, from, to)
                .query((rs, n) -> new int[]{rs.getInt("due_count"), rs.getInt("on_time")}).single();
        if (counts[0] == 0) {
            return Optional.empty();
        }
        String source = messages.getMessage("plan.score.source",
                new Object[]{String.valueOf(counts[1]), String.valueOf(counts[0]), String.valueOf(year)}, VI);
        return Optional.of(new TaskCompletion(counts[0], counts[1], source));
    }
}
