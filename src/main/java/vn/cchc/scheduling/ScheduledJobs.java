package vn.cchc.scheduling;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** Reads the scheduler's table; db-scheduler keeps one row per scheduled execution (a recurring job has one). */
@Service
class ScheduledJobs {

    /** Bounds the page: one-time jobs (the reminders to come) may queue many executions. */
    static final int MAX_ROWS = 200;
    static final int HOME_ROWS = 10;
    private final JdbcClient jdbc;

    ScheduledJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ScheduledJob> list() {
        return jdbc.sql("""
                        select task_name, task_instance, execution_time, last_success, last_failure,
                               coalesce(consecutive_failures, 0) as failures, case when picked then picked_by end as running_on
                        from scheduled_tasks order by execution_time, task_name, task_instance limit ?""")
                .param(MAX_ROWS)
                .query((rs, n) -> job(rs)).list();
    }

    /** The jobs on the administrator's home: failing ones first, then by next run, at most {@value #HOME_ROWS}. */
    public Summary summary() {
        Map<String, Object> counts = jdbc.sql("""
                        select count(*) as total, count(*) filter (where coalesce(consecutive_failures, 0) > 0) as failing
                        from scheduled_tasks""").query().singleRow();
        List<ScheduledJob> top = jdbc.sql("""
                        select task_name, task_instance, execution_time, last_success, last_failure,
                               coalesce(consecutive_failures, 0) as failures, case when picked then picked_by end as running_on
                        from scheduled_tasks
                        order by coalesce(consecutive_failures, 0) desc, execution_time, task_name, task_instance limit ?""")
                .param(HOME_ROWS)
                .query((rs, n) -> job(rs)).list();
        return new Summary(((Number) counts.get("total")).longValue(), ((Number) counts.get("failing")).longValue(), top);
    }

    private static ScheduledJob job(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ScheduledJob(rs.getString("task_name"), rs.getString("task_instance"),
                rs.getObject("execution_time", OffsetDateTime.class), rs.getObject("last_success", OffsetDateTime.class),
                rs.getObject("last_failure", OffsetDateTime.class), rs.getInt("failures"), rs.getString("running_on"));
    }

    record Summary(long total, long failing, List<ScheduledJob> jobs) {
    }
}
