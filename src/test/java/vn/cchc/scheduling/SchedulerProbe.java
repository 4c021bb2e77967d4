package vn.cchc.scheduling;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;

/**
 * Two jobs that only record that they ran (which execution, on which node) in {@code scheduler_probe_run}, a table
 * the test creates and drops. Neither is scheduled unless a test schedules it, so the shared context stays quiet.
 */
@Configuration(proxyBeanMethods = false)
class SchedulerProbe {

    static final String ONE_TIME = "scheduler-probe";
    static final String TICK = "scheduler-probe-tick";

    @Bean
    OneTimeTask<Void> probeOneTimeTask(JdbcClient jdbc) {
        return Tasks.oneTime(ONE_TIME).execute((instance, context) -> record(jdbc, context));
    }

    @Bean
    RecurringTask<Void> probeTickTask(JdbcClient jdbc) {
        return Tasks.recurring(TICK, Schedules.cron("* * * * * *")).doNotScheduleOnStartup()
                .execute((instance, context) -> record(jdbc, context));
    }

    private static void record(JdbcClient jdbc, ExecutionContext context) {
        var execution = context.getExecution();
        jdbc.sql("insert into scheduler_probe_run (task_name, task_instance, scheduled_for, node) values (?, ?, ?, ?)")
                .params(execution.getTaskName(), execution.taskInstance.getId(), Timestamp.from(execution.executionTime),
                        execution.pickedBy).update();
        try {
            Thread.sleep(20); // widens the window in which the other node could wrongly pick the same execution
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
