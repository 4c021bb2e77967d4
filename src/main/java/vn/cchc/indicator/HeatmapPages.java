package vn.cchc.indicator;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.cchc.directory.UnitKind;
import vn.cchc.page.Crumb;
import vn.cchc.page.Page;
import vn.cchc.page.PageRequest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The heatmap: the province's row, then one collapsed group per unit kind with its units' cells counted by where they
 * stand; a group's rows load on demand (htmx), a page at a time, so the page stays small at any number of units.
 */
@Controller
class HeatmapPages {

    /** A kind's units on the heatmap, their cells counted by achievement. */
    public record Group(UnitKind kind, int units, Map<Achievement, Long> cells) {
    }

    /** A row carries a cell per indicator (about 3 KB of HTML): 25 at a time keep a group's page small. */
    static final int ROWS_PER_PAGE = 25;

    private final Achievements achievements;
    private final HeatmapCache cache;
    private final PeriodLabels labels;
    private final MessageSource messages;
    private final Clock clock;

    HeatmapPages(Achievements achievements, HeatmapCache cache, PeriodLabels labels, MessageSource messages, Clock clock) {
        this.achievements = achievements;
        this.cache = cache;
        this.labels = labels;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/indicators/heatmap")
    String heatmap(@RequestParam(required = false) String period, Model model) {
        Period p = IndicatorPages.period(period, PeriodType.QUARTER, LocalDate.now(clock));
        Achievements.Heatmap h = cache.get(p, true, () -> achievements.heatmap(p, true));
        model.addAttribute("heatmap", h);
        model.addAttribute("groups", groups(h.rows()));
        model.addAttribute("achievementKinds", Achievement.values());
        model.addAttribute("periods", labels.choices());
        model.addAttribute("breadcrumbs", List.of(new Crumb(text("nav.indicators"), "/indicators"),
                new Crumb(text("nav.indicators.heatmap"), "/indicators/heatmap")));
        return "indicator/heatmap";
    }

    /** One page of a kind's rows (htmx). */
    @GetMapping("/indicators/heatmap/rows")
    String rows(@RequestParam(required = false) String period, @RequestParam UnitKind kind,
                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Model model) {
        Period p = IndicatorPages.period(period, PeriodType.QUARTER, LocalDate.now(clock));
        PageRequest request = PageRequest.of(page, size == null ? ROWS_PER_PAGE : size);
        List<Achievements.Row> ofKind = cache.get(p, true, () -> achievements.heatmap(p, true)).rows().stream()
                .filter(r -> r.unit().kind() == kind).toList();
        int from = Math.min(request.offset(), ofKind.size());
        int to = Math.min(from + request.limitPlusOne(), ofKind.size());
        model.addAttribute("rows", Page.of(ofKind.subList(from, to), request));
        model.addAttribute("kind", kind);
        model.addAttribute("period", p);
        model.addAttribute("columnCount", achievements.columns(p).size() + 2);
        return "indicator/heatmap :: groupRows";
    }

    static List<Group> groups(List<Achievements.Row> rows) {
        Map<UnitKind, List<Achievements.Row>> byKind = new LinkedHashMap<>();
        rows.forEach(r -> byKind.computeIfAbsent(r.unit().kind(), k -> new ArrayList<>()).add(r));
        List<Group> groups = new ArrayList<>();
        byKind.forEach((kind, members) -> {
            Map<Achievement, Long> cells = new EnumMap<>(Achievement.class);
            for (Achievement a : Achievement.values()) {
                cells.put(a, 0L);
            }
            members.forEach(r -> r.cells().forEach(c -> cells.merge(c.achievement(), 1L, Long::sum)));
            groups.add(new Group(kind, members.size(), cells));
        });
        return groups;
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
