package vn.cchc.scheduling;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.audit.AuditLog;

import java.util.Map;

/** A job that writes one audit entry per run, as the real jobs do when they change something; only tests schedule it. */
@Configuration(proxyBeanMethods = false)
class AuditingProbe {

    static final String NAME = "auditing-probe";
    static final String ENTITY = "scheduler_probe";

    @Bean
    OneTimeTask<Void> auditingProbeTask(AuditLog audit, TransactionTemplate tx) {
        return Tasks.oneTime(NAME).execute((instance, context) -> tx.executeWithoutResult(s ->
                audit.created(ENTITY, instance.getId(), Map.of("run", instance.getId()), "Lượt chạy thử của bộ lập lịch")));
    }
}
