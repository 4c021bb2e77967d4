package vn.cchc.scheduling;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.Task;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.util.StringUtils;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;

/**
 * One db-scheduler per node over the application's database. Not in command mode: a ./cchc run is a short-lived
 * process on a throwaway database and must not run jobs.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!command")
class SchedulerConfiguration {

    @Bean
    Scheduler scheduler(DataSource dataSource, List<Task<?>> tasks,
                        @Value("${cchc.scheduler.name:}") String name,
                        @Value("${cchc.scheduler.polling-interval:10s}") Duration pollingInterval,
                        @Value("${cchc.scheduler.threads:2}") int threads, MeterRegistry meters) {
        // recurring jobs schedule their first execution themselves when the scheduler starts (idempotent across nodes)
        List<RecurringTask<?>> recurring = tasks.stream().filter(t -> t instanceof RecurringTask<?>)
                .<RecurringTask<?>>map(t -> (RecurringTask<?>) t).toList();
        // (startTasks registers them too, so they are left out of the other known tasks)
        List<Task<?>> others = tasks.stream().filter(t -> !(t instanceof RecurringTask<?>)).toList();
        var builder = Scheduler.create(dataSource, others)
                .startTasks(recurring)
                .threads(threads)
                .pollingInterval(pollingInterval)
                .heartbeatInterval(Duration.ofMinutes(1))
                .enableImmediateExecution()
                .addExecutionInterceptor(new JobRunObservation(meters))
                .shutdownMaxWait(Duration.ofSeconds(10))
                .schedulerName(StringUtils.hasText(name) ? new SchedulerName.Fixed(name) : new SchedulerName.Hostname());
        return builder.build();
    }

    /** Starts polling once the context is ready and stops (waiting for running jobs) when it closes. */
    @Bean
    SmartLifecycle schedulerLifecycle(Scheduler scheduler) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                scheduler.start();
                running = true;
            }

            @Override
            public void stop() {
                scheduler.stop();
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }

            @Override
            public int getPhase() {
                // after the web server, so a job never runs in a node that failed to start
                return Integer.MAX_VALUE - 100;
            }
        };
    }
}
