package vn.cchc.plan;

import java.time.LocalDate;
import java.util.Collection;

/** Which tasks a list shows; null fields do not filter. {@code units}: tasks led by any of these units. */
public record TaskFilter(Integer year, Long planId, String area, Collection<Long> units, TaskState state,
                         LocalDate dueFrom, LocalDate dueTo, Boolean priority, Long taskId) {

    public static TaskFilter all() {
        return new TaskFilter(null, null, null, null, null, null, null, null, null);
    }

    public static TaskFilter ofPlan(long planId) {
        return new TaskFilter(null, planId, null, null, null, null, null, null, null);
    }

    public static TaskFilter ofTask(long taskId) {
        return new TaskFilter(null, null, null, null, null, null, null, null, taskId);
    }
}
