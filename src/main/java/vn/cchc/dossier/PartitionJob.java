package vn.cchc.dossier;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.LocalTime;
import java.util.List;

/**
 * The daily job that keeps the dossier partitions ahead of the calendar (this month and the next three) and gives a
 * month whose rows landed in the default partition its own. Runs on one node at 01:30 Nghệ An time; making a
 * partition that exists changes nothing, so a second run, or two nodes at once, make each month once.
 */
@Configuration(proxyBeanMethods = false)
class PartitionJob {

    static final String NAME = "dossier-partitions";
    private static final Logger log = LoggerFactory.getLogger(PartitionJob.class);

    @Bean
    RecurringTask<Void> dossierPartitionTask(DossierPartitions partitions, Clock clock) {
        return Tasks.recurring(NAME, Schedules.daily(clock.getZone(), LocalTime.of(1, 30)))
                .execute((instance, context) -> {
                    List<?> made = partitions.ensureAhead();
                    if (!made.isEmpty()) {
                        log.info("Dossier partitions made for {}", made);
                    }
                });
    }
}
