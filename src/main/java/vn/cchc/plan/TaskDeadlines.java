package vn.cchc.plan;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.directory.UnitKind;
import vn.cchc.page.Page;
import vn.cchc.page.PageRequest;

import java.time.LocalDate;
import java.util.List;

/**
 * The deadlines a lead unit owes on tasks of issued plans, for the reminders: its part of a task that is still open
 * (not reported done, the task neither postponed nor cancelled), with the task's effective due date (the granted
 * extension, else the last milestone) as {@link TaskState#derive} reads it. Read-only; the plan module keeps its tables.
 */
@Component
@Transactional(readOnly = true)
public class TaskDeadlines {

    private static final int LABEL_LENGTH = 120;

    private static final String OPEN = """
            with t as (
              select t.id, t.plan_id, t.number, t.content, t.status,
                     coalesce(t.extended_due, (select max(m.due) from plan_task_milestone m where m.task_id = t.id)) as due
              from plan_task t join plan p on p.id = t.plan_id
              where p.status = 'ISSUED' and t.status not in ('DONE', 'POSTPONED', 'CANCELLED'))
            select t.id, t.plan_id, a.unit_id, t.number, t.content, t.due
            from t join plan_task_assignee a on a.task_id = t.id and a.role = 'LEAD' and a.status <> 'DONE'
            """;

    private final JdbcClient jdbc;

    TaskDeadlines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A lead unit's open part of a task: the task, its plan, the unit, a short label and the effective due date. */
    public record TaskDue(long taskId, long planId, long unitId, String label, LocalDate due) {
    }

    /** Open parts due from {@code from} to {@code to}, both included. */
    public List<TaskDue> dueBetween(LocalDate from, LocalDate to) {
        return jdbc.sql(OPEN + " where t.due between ? and ? order by t.due, t.id, a.unit_id")
                .params(from, to).query(TaskDeadlines::row).list();
    }

    /** Open parts whose due date has passed on {@code today} (due before it). */
    public List<TaskDue> overdueOn(LocalDate today) {
        return jdbc.sql(OPEN + " where t.due < ? order by t.due, t.id, a.unit_id")
                .param(today).query(TaskDeadlines::row).list();
    }

    /** One page of the open parts due on or before {@code dueBy}, longest late first, of units of a kind (or all). */
    public Page<TaskDue> overdueSince(LocalDate dueBy, UnitKind kind, PageRequest page) {
        String sql = OPEN + " join unit u on u.id = a.unit_id where t.due <= ?"
                + (kind == null ? "" : " and u.kind = ?") + " order by t.due, t.id, a.unit_id limit ? offset ?";
        JdbcClient.StatementSpec spec = jdbc.sql(sql).param(dueBy);
        if (kind != null) {
            spec = spec.param(kind.name());
        }
        return Page.of(spec.param(page.limitPlusOne()).param(page.offset()).query(TaskDeadlines::row).list(), page);
    }

    private static TaskDue row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String number = rs.getString("number");
        String content = rs.getString("content").replaceAll("\\s+", " ").strip();
        String label = (number == null || number.isBlank() ? "" : number.strip() + ". ") + content;
        if (label.length() > LABEL_LENGTH) {
            label = label.substring(0, LABEL_LENGTH - 1) + "…";
        }
        return new TaskDue(rs.getLong("id"), rs.getLong("plan_id"), rs.getLong("unit_id"), label,
                rs.getObject("due", LocalDate.class));
    }
}
