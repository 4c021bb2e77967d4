package vn.cchc.plan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
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
        Map<TaskState, Long> m = new EnumMap<>(TaskState.class);
        for (TaskState s : TaskState.values()) {
            m.put(s, 0L);
        }
        rows.forEach(r -> m.merge(r.state(), 1L, Long::sum));
        long done = m.get(TaskState.DONE_ON_TIME) + m.get(TaskState.DONE_LATE);
        return new Counts(label, unitId, m, rows.size(), done);
    }

    /** Per lead unit, each unit counted by its own part of a shared task (its own state, not the task's). */
    static List<Counts> unitCounts(List<TaskRow> tasks) {
        Map<Long, List<TaskRow>> byUnit = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        for (TaskRow t : tasks) {
            for (TaskRow.UnitProgress u : t.units()) {
                byUnit.computeIfAbsent(u.unitId(), k -> new ArrayList<>()).add(t.asSeenBy(u.unitId()));
                names.putIfAbsent(u.unitId(), u.name());
            }
        }
        return byUnit.entrySet().stream().map(e -> counts(names.get(e.getKey()), e.getKey(), e.getValue()))
                .sorted(vn.cchc.vietnamese.VietnameseOrder.by(Counts::label)).toList();
    }
}
