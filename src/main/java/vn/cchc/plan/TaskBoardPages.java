package vn.cchc.plan;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import vn.cchc.page.Crumb;
import vn.cchc.directory.Directory;
import vn.cchc.directory.UnitKind;
import vn.cchc.directory.UnitRef;
import vn.cchc.page.Page;
import vn.cchc.page.PageRequest;
import vn.cchc.plan.parse.ReformArea;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The follow-up board: counts first (per unit kind and state, and per task state), rows on demand through htmx, a
 * page at a time: the units of a kind, the tasks of a cell, the overdue tasks, those awaiting confirmation. A leader
 * only ever sees the units they follow.
 */
@Controller
class TaskBoardPages {

    /** Above this many units the unit filter is not a drop-down (it would outweigh the page): pick from the rows. */
    static final int MAX_UNIT_OPTIONS = 250;

    private final TaskBoard board;
    private final Plans store;
    private final TaskBoardFilter filters;
    private final Directory directory;
    private final MessageSource messages;
    private final Clock clock;

    TaskBoardPages(TaskBoard board, Plans store, TaskBoardFilter filters, Directory directory, MessageSource messages,
                   Clock clock) {
        this.board = board;
        this.store = store;
        this.filters = filters;
        this.directory = directory;
        this.messages = messages;
        this.clock = clock;
    }

    /** The request's filters as typed, and the board's filter with the leader's scope applied. */
    public record Query(Integer year, Long planId, String area, Long unitId, TaskState state, Integer window, boolean priority,
                 List<Long> scope, TaskBoard.Filter filter) {

        /** The filters as a query string, for the htmx requests of the same board. */
        public String params() {
            UriComponentsBuilder b = UriComponentsBuilder.newInstance();
            add(b, "year", year);
            add(b, "planId", planId);
            add(b, "area", area == null || area.isBlank() ? null : area);
            add(b, "unitId", unitId);
            add(b, "state", state);
            add(b, "window", window);
            add(b, "priority", priority ? Boolean.TRUE : null);
            String q = b.build().encode().getQuery();
            return q == null ? "" : q;
        }

        private static void add(UriComponentsBuilder b, String name, Object value) {
            if (value != null) {
                b.queryParam(name, value);
            }
        }
    }

    private Query query(Integer year, Long planId, String area, Long unitId, TaskState state, Integer window,
                        Boolean priority) {
        List<Long> scope = filters.scope();
        List<Long> units = TaskBoardFilter.units(unitId, scope);
        LocalDate dueTo = window == null ? null : LocalDate.now(clock).plusDays(window);
        return new Query(year, planId, area, unitId, state, window, Boolean.TRUE.equals(priority), scope,
                new TaskBoard.Filter(year, planId, area, units, state, dueTo, Boolean.TRUE.equals(priority)));
    }

    @GetMapping("/plans/board")
    String board(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long planId,
                 @RequestParam(required = false) String area, @RequestParam(required = false) Long unitId,
                 @RequestParam(required = false) TaskState state, @RequestParam(required = false) Integer window,
                 @RequestParam(required = false) Boolean priority, Model model) {
        Query q = query(year, planId, area, unitId, state, window, priority);
        LocalDate today = LocalDate.now(clock);
        List<UnitRef> units = q.scope() == null ? directory.current()
                : q.scope().stream().map(directory::findById).flatMap(Optional::stream).toList();
        model.addAttribute("units", units.size() <= MAX_UNIT_OPTIONS ? units : List.of());
        model.addAttribute("unitPicked", q.unitId() == null ? null : directory.findById(q.unitId()).orElse(null));
        model.addAttribute("plans", store.plans(null));
        model.addAttribute("years", store.years());
        model.addAttribute("areas", ReformArea.values());
        model.addAttribute("states", TaskState.values());
        model.addAttribute("f", q);
        model.addAttribute("params", q.params());
        model.addAttribute("scope", q.scope());
        List<TaskBoard.UnitLine> kinds = board.byKind(q.filter(), today).stream()
                .sorted(Comparator.comparingInt(l -> UnitKind.valueOf(l.kind()).ordinal())).toList();
        model.addAttribute("kinds", kinds);
        // One unit asked for: its line is shown at once, there is nothing to open.
        model.addAttribute("unitLines", q.unitId() == null ? null
                : board.byUnit(q.filter(), null, today, PageRequest.first()));
        Map<TaskState, Long> total = board.byTaskState(q.filter(), today);
        model.addAttribute("total", total);
        model.addAttribute("totalCount", total.values().stream().mapToLong(Long::longValue).sum());
        model.addAttribute("overdueCount", q.state() == null || q.state() == TaskState.OVERDUE
                ? total.get(TaskState.OVERDUE) : 0L);
        model.addAttribute("awaitingCount", board.awaitingCount(q.filter(), today));
        model.addAttribute("breadcrumbs", List.of(new Crumb(text("nav.plans"), "/plans"),
                new Crumb(text("nav.board"), "/plans/board")));
        return "plan/board";
    }

    /** The next page of a kind's units, each with its counts (htmx). */
    @GetMapping("/plans/board/units")
    String units(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long planId,
                 @RequestParam(required = false) String area, @RequestParam(required = false) Long unitId,
                 @RequestParam(required = false) TaskState state, @RequestParam(required = false) Integer window,
                 @RequestParam(required = false) Boolean priority, @RequestParam UnitKind kind,
                 @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Model model) {
        Query q = query(year, planId, area, unitId, state, window, priority);
        Page<TaskBoard.UnitLine> lines = board.byUnit(q.filter(), kind.name(), LocalDate.now(clock), PageRequest.of(page, size));
        model.addAttribute("unitLines", lines);
        model.addAttribute("kind", kind);
        model.addAttribute("states", TaskState.values());
        model.addAttribute("params", q.params());
        return "plan/board :: unitRows";
    }

    /** One page of tasks: overdue, awaiting confirmation, or of one cell (a kind or unit and a state) (htmx). */
    @GetMapping("/plans/board/rows")
    String rows(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long planId,
                @RequestParam(required = false) String area, @RequestParam(required = false) Long unitId,
                @RequestParam(required = false) TaskState state, @RequestParam(required = false) Integer window,
                @RequestParam(required = false) Boolean priority, @RequestParam TaskBoard.Rows list,
                @RequestParam(required = false) UnitKind kind, @RequestParam(required = false) Long unit,
                @RequestParam(required = false) TaskState cellState,
                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Model model) {
        Query q = query(year, planId, area, unitId, cellState != null ? cellState : state, window, priority);
        TaskBoard.Filter f = q.filter();
        if (unit != null && f.units() != null && !f.units().contains(unit)) {
            f = new TaskBoard.Filter(f.year(), f.planId(), f.area(), List.of(), f.state(), f.dueTo(), f.priority());
        }
        Page<TaskRow> rows = board.rows(f, list, kind == null ? null : kind.name(), unit, LocalDate.now(clock),
                PageRequest.of(page, size));
        model.addAttribute("rows", rows);
        model.addAttribute("nextUrl", rowsUrl(q, list, kind, unit, cellState, rows.nextNumber()));
        return "plan/board :: taskRows";
    }

    private static String rowsUrl(Query q, TaskBoard.Rows list, UnitKind kind, Long unit, TaskState cellState, int page) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/plans/board/rows").query(q.params())
                .queryParam("list", list).queryParam("page", page);
        if (kind != null) {
            b.queryParam("kind", kind);
        }
        if (unit != null) {
            b.queryParam("unit", unit);
        }
        if (cellState != null) {
            b.queryParam("cellState", cellState);
        }
        return b.build().encode().toUriString();
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
