package vn.cchc.scheduling;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.OffsetDateTime;
import java.util.List;

/** Reads the scheduler's table; db-scheduler keeps one row per scheduled execution (a recurring job has one). */
@Service
class ScheduledJobs {

    /** Bounds the page: one-time jobs (the reminders to come) may queue many executions. */
    static final int MAX_ROWS = 200;
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
                .query((rs, n) -> new ScheduledJob(rs.getString("task_name"), rs.getString("task_instance"),
                        rs.getObject("execution_time", OffsetDateTime.class),
                        rs.getObject("last_success", OffsetDateTime.class),
                        rs.getObject("last_failure", OffsetDateTime.class), rs.getInt("failures"),
                        rs.getString("running_on"))).list();
    }
}
