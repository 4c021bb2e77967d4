package vn.cchc.plan;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.cchc.audit.AuditLog;
import vn.cchc.directory.Directory;
import vn.cchc.directory.UnitRef;
import vn.cchc.directory.UnitSucceeded;
import vn.cchc.vietnamese.Vietnamese;

import java.util.List;
import java.util.Map;

/**
 * A merged or dissolved unit's open assignments go to its successor; finished ones stay with the unit that did
 * them, and a task the successor already holds in the same role keeps only the successor's row.
 */
@Component
class SuccessorTakesOverTasks {

    private record Open(long taskId, String role, boolean successorHoldsIt) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Directory directory;

    SuccessorTakesOverTasks(JdbcClient jdbc, AuditLog audit, MessageSource messages, Directory directory) {
        this.directory = directory;
        this.jdbc = jdbc;
        this.audit = audit;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(UnitSucceeded e) {
        List<Open> open = jdbc.sql("""
                        select a.task_id, a.role, exists (select 1 from plan_task_assignee b
                            where b.task_id = a.task_id and b.role = a.role and b.unit_id = ?)
                        from plan_task_assignee a join plan_task t on t.id = a.task_id join plan p on p.id = t.plan_id
                        where a.unit_id = ? and a.status <> 'DONE' and t.status not in ('DONE', 'CANCELLED')
                          and p.status in ('DRAFT', 'ISSUED')
                        order by a.task_id, a.role for update of a""")
                .params(e.successorId(), e.unitId())
                .query((rs, n) -> new Open(rs.getLong(1), rs.getString(2), rs.getBoolean(3)))
                .list();
        for (Open o : open) {
            if (o.successorHoldsIt()) {
                jdbc.sql("delete from plan_task_assignee where task_id = ? and role = ? and unit_id = ?")
                        .params(o.taskId(), o.role(), e.unitId()).update();
            } else {
                jdbc.sql("update plan_task_assignee set unit_id = ?, updated_at = now() where task_id = ? and role = ? and unit_id = ?")
                        .params(e.successorId(), o.taskId(), o.role(), e.unitId()).update();
            }
            audit.updated("plan_task_assignee", o.taskId(), Map.of("role", o.role(), "unitId", e.unitId()),
                    Map.of("role", o.role(), "unitId", e.successorId()),
                    messages.getMessage("plan.audit.succession", new Object[]{String.valueOf(o.taskId()), code(e.unitId()), code(e.successorId())},
                            Vietnamese.LOCALE));
        }
    }

    private String code(long unitId) {
        return directory.findById(unitId).map(UnitRef::code).orElse(String.valueOf(unitId));
    }
}
