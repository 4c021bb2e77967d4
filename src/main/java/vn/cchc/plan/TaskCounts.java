package vn.cchc.plan;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Counts of tasks per state, as the plan page shows them per section, per year and per lead unit. */
final class TaskCounts {

    private TaskCounts() {
    }

    /** Counts per state, in display order, for a group of tasks. */
    public record Counts(String label, Long unitId, Map<TaskState, Long> byState, long total, long done) {
        public long percentDone() {
            return total == 0 ? 0 : Math.round(100.0 * done / total);
        }
    }

    static Counts counts(String label, Long unitId, List<TaskRow> rows) {
        return ofStates(label, unitId, rows.stream().map(TaskRow::state).toList());
    }

    static Counts ofStates(String label, Long unitId, List<TaskState> states) {
        Map<TaskState, Long> m = new EnumMap<>(TaskState.class);
        for (TaskState s : TaskState.values()) {
            m.put(s, 0L);
        }
        states.forEach(s -> m.merge(s, 1L, Long::sum));
        long done = m.get(TaskState.DONE_ON_TIME) + m.get(TaskState.DONE_LATE);
        return new Counts(label, unitId, m, states.size(), done);
    }
}
