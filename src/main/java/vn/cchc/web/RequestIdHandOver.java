package vn.cchc.web;

import org.slf4j.MDC;
import org.springframework.core.task.TaskDecorator;
import org.springframework.stereotype.Component;

/**
 * Hands the request id (or a job run's id) on to the work it starts on the application's task executor: the module
 * listeners that react to a request's events after it commits run there, and their log lines and audit entries
 * must carry the id of the request that caused them.
 */
@Component
class RequestIdHandOver implements TaskDecorator {

    @Override
    public Runnable decorate(Runnable task) {
        String id = MDC.get(RequestIdFilter.KEY);
        if (id == null) {
            return task;
        }
        return () -> {
            String before = MDC.get(RequestIdFilter.KEY);
            MDC.put(RequestIdFilter.KEY, id);
            try {
                task.run();
            } finally {
                if (before == null) {
                    MDC.remove(RequestIdFilter.KEY);
                } else {
                    MDC.put(RequestIdFilter.KEY, before);
                }
            }
        };
    }
}
