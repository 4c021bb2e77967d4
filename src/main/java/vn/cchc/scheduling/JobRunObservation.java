package vn.cchc.scheduling;

import com.github.kagkarlsson.scheduler.event.ExecutionChain;
import com.github.kagkarlsson.scheduler.event.ExecutionInterceptor;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.MDC;

import java.util.UUID;

/**
 * Wraps every job execution on this node: it gets a run id under the logging context's request id key, so its log
 * lines and the audit entries it writes can be told from a web request's and from each other, and it is counted and
 * timed by job and outcome ({@value #RUNS}, {@value #DURATION}).
 */
final class JobRunObservation implements ExecutionInterceptor {

    static final String RUNS = "cchc.jobs.runs";
    static final String DURATION = "cchc.jobs.duration";
    /** The key the log pattern and the audit log read; a web request's id lives under the same key. */
    static final String REQUEST_ID = "requestId";
    /** Marks the id as a job run's (a web request's id is 16 hex digits). */
    static final String RUN_ID_PREFIX = "job-";

    private final MeterRegistry registry;

    JobRunObservation(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public CompletionHandler<?> execute(TaskInstance<?> instance, ExecutionContext context, ExecutionChain chain) {
        String previous = MDC.get(REQUEST_ID);
        MDC.put(REQUEST_ID, RUN_ID_PREFIX + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        long started = System.nanoTime();
        String outcome = "failure";
        try {
            CompletionHandler<?> handler = chain.proceed(instance, context);
            outcome = "success";
            return handler;
        } finally {
            record(instance.getTaskName(), outcome, System.nanoTime() - started);
            if (previous == null) {
                MDC.remove(REQUEST_ID);
            } else {
                MDC.put(REQUEST_ID, previous);
            }
        }
    }

    private void record(String job, String outcome, long nanos) {
        Counter.builder(RUNS).description("Scheduled job executions run on this node")
                .tag("job", job).tag("outcome", outcome).register(registry).increment();
        Timer.builder(DURATION).description("How long scheduled job executions took on this node")
                .tag("job", job).tag("outcome", outcome).register(registry)
                .record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
    }
}
