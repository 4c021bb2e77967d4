package vn.cchc.plan;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Map;

/**
 * Progress decisions and lead parts as stored. Each move is an update conditioned on the state the transition
 * started from, so of concurrent moves only the first changes a row and the others are refused.
 */
@Repository
class ProgressReports {

    private final JdbcClient jdbc;

    ProgressReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The entry as a decision to take; a request without a unit speaks for its author's unit. */
    ProgressReport of(Map<String, Object> p) {
        Object unit = p.get("for_unit_id") != null ? p.get("for_unit_id") : p.get("author_unit_id");
        return new ProgressReport(((Number) p.get("id")).longValue(), ((Number) p.get("task_id")).longValue(),
                (String) p.get("kind"), ((Number) unit).longValue(), (String) p.get("author"),
                ProgressReport.Review.valueOf((String) p.get("review")));
    }

    void moveReview(ProgressReport decided, String who, String reason) {
        int moved = jdbc.sql("""
                        update task_progress set review = ?, reviewed_by = ?, reviewed_at = now(), review_reason = ?
                        where id = ? and review = 'AWAITING'""")
                .params(decided.review().name(), who, reason, decided.id()).update();
        if (moved == 0) {
            throw new PlanRuleException("plan.error.notAwaiting");
        }
    }

    LeadPart leadPart(long taskId, long unitId) {
        return jdbc.sql("select status, review from plan_task_assignee where task_id = ? and role = 'LEAD' and unit_id = ?")
                .params(taskId, unitId)
                .query((rs, n) -> new LeadPart(taskId, unitId, LeadPart.Status.valueOf(rs.getString(1)),
                        LeadPart.Review.valueOf(rs.getString(2))))
                .optional().orElseThrow(() -> new PlanRuleException("plan.error.notFound"));
    }

    /** Of two concurrent "done" posts only the first finds the part open. */
    void moveLeadPart(LeadPart next, int percent) {
        int moved = jdbc.sql("""
                        update plan_task_assignee set status = ?, percent = ?, review = ?, review_reason = null, updated_at = now()
                        where task_id = ? and role = 'LEAD' and unit_id = ? and status <> 'DONE' and review <> 'AWAITING'""")
                .params(next.status().name(), percent, next.review().name(), next.taskId(), next.unitId()).update();
        if (moved == 0) {
            throw new PlanRuleException("plan.error.closed");
        }
    }
}
