package vn.cchc.scheduling;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.event.ExecutionChain;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.cchc.BoundedPoll;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.PrometheusScrape;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every run of a scheduled job is counted and timed by job and outcome, and what it writes is audited under its run id. */
class JobRunsTest extends CchcIntegrationTest {

    private static final String RUNS = "cchc_jobs_runs_total";
    private static final String DURATIONS = "cchc_jobs_duration_seconds_count";

    @Autowired
    ApplicationContext context;
    @Autowired
    Scheduler scheduler;
    @Autowired
    OneTimeTask<Void> auditingProbeTask;

    private String runAndAwaitAudit(String instance) {
        scheduler.schedule(auditingProbeTask.instance(instance), Instant.now());
        String sql = "select request_id from audit_entry where entity_type = ? and entity_id = ?";
        assertThat(BoundedPoll.until(Duration.ofSeconds(20), () -> jdbc.sql("select count(*) from audit_entry where entity_type = ? and entity_id = ?")
                .params(AuditingProbe.ENTITY, instance).query(Long.class).single() == 1)).as("the probe ran").isTrue();
        return jdbc.sql(sql).params(AuditingProbe.ENTITY, instance).query((rs, n) -> rs.getString(1)).single();
    }

    @Test
    void threeRunsOfAJobAreCountedAsThreeSuccessfulRunsAndTimedThreeTimes() {
        String[] job = {"job=" + AuditingProbe.NAME, "outcome=success"};
        PrometheusScrape before = PrometheusScrape.of(context);
        String tag = Long.toString(System.nanoTime(), 36);

        for (int i = 1; i <= 3; i++) {
            runAndAwaitAudit("dem-" + tag + "-" + i);
        }

        // the run is counted when the job's code has returned, a moment after its audit entry committed
        assertThat(BoundedPoll.until(Duration.ofSeconds(5), () ->
                PrometheusScrape.of(context).valueOrZero(RUNS, job) - before.valueOrZero(RUNS, job) == 3)).isTrue();
        PrometheusScrape after = PrometheusScrape.of(context);
        assertThat(after.value(RUNS, job) - before.valueOrZero(RUNS, job)).isEqualTo(3);
        assertThat(after.value(DURATIONS, job) - before.valueOrZero(DURATIONS, job)).isEqualTo(3);
        assertThat(after.valueOrZero(RUNS, "job=" + AuditingProbe.NAME, "outcome=failure")
                - before.valueOrZero(RUNS, "job=" + AuditingProbe.NAME, "outcome=failure")).isZero();
    }

    @Test
    void aJobThatThrowsIsCountedAsAFailedRunAndTheErrorStillReachesTheScheduler() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        ExecutionChain failing = new ExecutionChain(List.of(), (instance, ctx) -> {
            throw new IllegalStateException("Máy chủ thư của tỉnh không trả lời");
        });

        assertThatThrownBy(() -> new JobRunObservation(meters).execute(new TaskInstance<>("notification-mail", "recurring"), null, failing))
                .hasMessageContaining("Máy chủ thư");

        assertThat(meters.get(JobRunObservation.RUNS).tags("job", "notification-mail", "outcome", "failure").counter().count()).isEqualTo(1);
        assertThat(meters.find(JobRunObservation.RUNS).tags("outcome", "success").counter()).isNull();
        assertThat(MDC.get(JobRunObservation.REQUEST_ID)).isNull();
    }

    @Test
    void theAuditEntriesOfTwoJobRunsCarryEachItsOwnRunId() {
        String tag = Long.toString(System.nanoTime(), 36);

        String first = runAndAwaitAudit("lan-" + tag + "-1");
        String second = runAndAwaitAudit("lan-" + tag + "-2");

        assertThat(first).matches("job-[0-9a-f]{12}");
        assertThat(second).matches("job-[0-9a-f]{12}").isNotEqualTo(first);
    }
}
