package vn.cchc.scheduling;

import java.time.OffsetDateTime;

/** A job as the administrator sees it: its next run, its last success and failure, and who is running it now. */
record ScheduledJob(String name, String instance, OffsetDateTime nextRun, OffsetDateTime lastSuccess,
                    OffsetDateTime lastFailure, int consecutiveFailures, String runningOn) {
}
