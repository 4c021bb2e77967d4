package vn.cchc.plan;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** The progress updates units post on tasks, read for many units at once. */
@Repository
class ProgressPosts {

    private final JdbcClient jdbc;

    ProgressPosts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each unit's newest progress update on a task of a followed plan, in one statement for all the units. */
    Map<Long, PlanDashboard.LastProgress> latestOf(Collection<Long> unitIds) {
        Map<Long, PlanDashboard.LastProgress> latest = new HashMap<>();
        if (unitIds.isEmpty()) {
            return latest;
        }
        jdbc.sql("""
                        select distinct on (coalesce(g.for_unit_id, g.author_unit_id))
                               coalesce(g.for_unit_id, g.author_unit_id), t.id, t.number, t.content, g.percent,
                               g.note, g.created_at
                        from task_progress g join plan_task t on t.id = g.task_id join plan p on p.id = t.plan_id
                        where g.kind = 'UPDATE' and p.status = 'ISSUED'
                          and coalesce(g.for_unit_id, g.author_unit_id) = any(:units)
                        order by coalesce(g.for_unit_id, g.author_unit_id), g.created_at desc, g.id desc""")
                .param("units", new SqlArrayValue("bigint", unitIds.toArray()))
                .query((rs, n) -> new PlanDashboard.LastProgress(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), (Integer) rs.getObject(5), rs.getString(6),
                        rs.getObject(7, OffsetDateTime.class)))
                .list().forEach(l -> latest.put(l.unitId(), l));
        return latest;
    }
}
