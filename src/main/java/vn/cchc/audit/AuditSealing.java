package vn.cchc.audit;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/** The job that seals new audit entries into the hash chain, a few seconds after they commit, on one node at a time. */
@Configuration(proxyBeanMethods = false)
class AuditSealing {

    static final String NAME = "audit-seal";

    @Bean
    RecurringTask<Void> auditSealTask(AuditChain chain, @Value("${cchc.audit.seal-interval:PT10S}") Duration interval) {
        return Tasks.recurring(NAME, Schedules.fixedDelay(interval)).execute((instance, context) -> chain.sealPending());
    }
}
