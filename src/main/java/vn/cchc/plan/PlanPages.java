package vn.cchc.plan;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.cchc.page.Crumb;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The follow-up board of tasks, and the counts per state that the plan page shares. */
@Controller
class PlanPages {

    private final PlanStore store;
    private final TaskBoardFilter filters;
    private final MessageSource messages;

    PlanPages(PlanStore store, TaskBoardFilter filters, MessageSource messages) {
        this.store = store;
        this.filters = filters;
        this.messages = messages;
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
    private Crumb plansCrumb() {
        return PlanCrumbs.plans(messages);
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

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

    /** Filters of the board; a leader only ever sees the units they follow. */
    private TaskFilter boardFilter(Integer year, Long planId, String area, Long unitId, TaskState state, Integer window,
                                   Boolean priority, Model model) {
        return filters.of(year, planId, area, unitId, state, window, priority, model);
    }

    @GetMapping("/plans/board")
    String board(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long planId,
                 @RequestParam(required = false) String area, @RequestParam(required = false) Long unitId,
                 @RequestParam(required = false) TaskState state, @RequestParam(required = false) Integer window,
                 @RequestParam(required = false) Boolean priority, Model model) {
        TaskFilter f = boardFilter(year, planId, area, unitId, state, window, priority, model);
        List<TaskRow> rows = store.tasks(f);
        Set<Long> scopeSet = f.units() == null ? null : Set.copyOf(f.units());
        List<Counts> byUnit = unitCounts(rows).stream().filter(c -> scopeSet == null || scopeSet.contains(c.unitId())).toList();
        model.addAttribute("unitCounts", byUnit);
        model.addAttribute("total", counts("", null, rows));
        model.addAttribute("overdue", rows.stream().filter(r -> r.state() == TaskState.OVERDUE)
                .sorted(java.util.Comparator.comparingLong(TaskRow::daysLate).reversed()).toList());
        model.addAttribute("awaiting", rows.stream().filter(TaskRow::awaitingConfirmation).toList());
        model.addAttribute("rows", rows);
        model.addAttribute("breadcrumbs", List.of(plansCrumb(), new Crumb(text("nav.board"), "/plans/board")));
        return "plan/board";
    }
}
