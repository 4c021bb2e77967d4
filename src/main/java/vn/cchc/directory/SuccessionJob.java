package vn.cchc.directory;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.cchc.time.ProvinceTime;

import java.time.LocalTime;

/** Each night at 00:05 Nghệ An time, on one node: the successions whose day has come are announced. */
@Configuration(proxyBeanMethods = false)
class SuccessionJob {

    static final String NAME = "unit-successions";

    @Bean
    RecurringTask<Void> unitSuccessionsTask(Successions successions) {
        return Tasks.recurring(NAME, Schedules.daily(ProvinceTime.ZONE, LocalTime.of(0, 5)))
                .execute((instance, context) -> successions.announceDue());
    }
}
