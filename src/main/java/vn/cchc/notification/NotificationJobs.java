package vn.cchc.notification;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.cchc.time.ProvinceTime;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The mail jobs, each run on one node at a time by db-scheduler: the outbox sender every few seconds, and the
 * daily digest at the end of the working day in Nghệ An (17:30), for that day's notices.
 */
@Configuration(proxyBeanMethods = false)
class NotificationJobs {

    static final String SEND = "notification-mail";
    static final String DIGEST = "notification-digest";

    @Bean
    RecurringTask<Void> notificationMailTask(MailOutbox outbox,
                                             @Value("${cchc.mail.send-interval:PT15S}") Duration interval,
                                             @Value("${cchc.mail.batch:50}") int batch) {
        return Tasks.recurring(SEND, Schedules.fixedDelay(interval)).execute((instance, context) -> outbox.sendDue(batch));
    }

    @Bean
    RecurringTask<Void> notificationDigestTask(Digest digest, Clock clock) {
        return Tasks.recurring(DIGEST, Schedules.daily(ProvinceTime.ZONE, LocalTime.of(17, 30)))
                .execute((instance, context) -> digest.queueFor(LocalDate.now(clock)));
    }
}
