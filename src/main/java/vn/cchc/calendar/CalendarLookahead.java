package vn.cchc.calendar;

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
 * The daily job that makes sure next year has a table: when it has none, the lunar proposal is saved unconfirmed
 * (and audited), so deadlines that run into January can be counted before the decision is published; the
 * administrator then checks it against the decision. Runs on one node at 02:00 Nghệ An time.
 */
@Configuration(proxyBeanMethods = false)
class CalendarLookahead {

    static final String NAME = "calendar-lookahead";
    private static final Logger log = LoggerFactory.getLogger(CalendarLookahead.class);

    @Bean
    RecurringTask<Void> calendarLookaheadTask(CalendarAdministration administration, Clock clock) {
        return Tasks.recurring(NAME, Schedules.daily(ProvinceTime.ZONE, LocalTime.of(2, 0)))
                .execute((instance, context) -> {
                    int next = LocalDate.now(clock).getYear() + 1;
                    if (administration.proposeIfMissing(next)) {
                        log.warn("No calendar table for {}: saved the computed proposal, unconfirmed", next);
                    }
                });
    }
}
