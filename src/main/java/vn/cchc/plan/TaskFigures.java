package vn.cchc.plan;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

/**
 * Task figures of one unit for a reporting window, by reform area, for the periodic reform reports: the tasks it leads
 * (its own part of shared and group tasks) in issued or closed plans whose effective due date (the granted extension,
 * else the last milestone) falls in the window, cancelled tasks left out, as {@link TaskState#derive} reads them on
 * the cut-off day (the window's end, or today while the window is still running). A cascaded copy of a provincial
 * task the unit leads itself is not counted twice, as in {@link PlanTaskCompletion}.
 */
@Service
@Transactional(readOnly = true)
public class TaskFigures {

    /** One reform area's tasks: due in the window, done on time, done late and overdue on the cut-off day. */
    public record AreaTasks(String area, long planned, long doneOnTime, long doneLate, long overdue) {
    }

    private final JdbcClient jdbc;

    TaskFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<AreaTasks> byArea(long unitId, LocalDate from, LocalDate to, LocalDate today) {
        LocalDate cutOff = today.isBefore(to) ? today : to;
        return jdbc.sql("""
                        with task_due as (
                            select t.id, t.area, t.source_task_id,
                                   coalesce(t.extended_due, (select max(m.due) from plan_task_milestone m where m.task_id = t.id)) as due
                            from plan_task t join plan p on p.id = t.plan_id
                            where p.status in ('ISSUED', 'CLOSED') and t.status <> 'CANCELLED'),
                        mine as (
                            select d.area, d.due, a.completed_on,
                                   a.status = 'DONE' and a.review <> 'AWAITING' and a.completed_on is not null
                                       and a.completed_on <= :cutOff as done
                            from plan_task_assignee a join task_due d on d.id = a.task_id
                            where a.role = 'LEAD' and a.unit_id = :unit and d.due between :from and :to
                              and not exists (select 1 from plan_task_assignee s
                                              where s.task_id = d.source_task_id and s.role = 'LEAD' and s.unit_id = a.unit_id))
                        select area, count(*) as planned,
                               count(*) filter (where done and completed_on <= due) as on_time,
                               count(*) filter (where done and completed_on > due) as late,
                               count(*) filter (where not done and due < :cutOff) as overdue
                        from mine group by area order by area""")
                .param("unit", unitId).param("from", from).param("to", to).param("cutOff", cutOff)
                .query((rs, n) -> new AreaTasks(rs.getString("area"), rs.getLong("planned"), rs.getLong("on_time"),
                        rs.getLong("late"), rs.getLong("overdue")))
                .list();
    }
}
