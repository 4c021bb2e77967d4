package vn.cchc.reminder;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.cchc.time.ProvinceTime;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The daily reminders and escalations, run on one node by db-scheduler at 07:00 Nghệ An time, before the working
 * day starts. Run again on the same day (a retry, a second node) it sends nothing new.
 */
@Configuration(proxyBeanMethods = false)
class ReminderJob {

    static final String NAME = "reminders-daily";
    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    @Bean
    RecurringTask<Void> remindersDailyTask(DailyRun run, Clock clock) {
        return Tasks.recurring(NAME, Schedules.daily(ProvinceTime.ZONE, LocalTime.of(7, 0)))
                .execute((instance, context) -> run.on(LocalDate.now(clock)));
    }

    /** One day's run: the reminders, then the escalations. */
    @org.springframework.stereotype.Component
    static class DailyRun {

        private final Reminders reminders;
        private final Escalations escalations;

        DailyRun(Reminders reminders, Escalations escalations) {
            this.reminders = reminders;
            this.escalations = escalations;
        }

        void on(LocalDate day) {
            int sent = reminders.send(day);
            int escalated = escalations.escalate(day);
            log.info("Reminders of {}: {} new notices, {} new escalations", day, sent, escalated);
        }
    }
}
