package vn.cchc.indicator;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.cchc.page.Crumb;
import vn.cchc.page.Page;
import vn.cchc.page.PageRequest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The two lists of every unit of the province, a page at a time: the reporting-rate board (its counts over all units,
 * its lines filtered by status) and the 766 scorecard (from the cached heatmap). At 2,100 units either rendered every
 * unit on every view.
 */
@Controller
class IndicatorBoardPages {

    private final Catalogue catalogue;
    private final ReportingBoard boards;
    private final Achievements achievements;
    private final HeatmapCache cache;
    private final PeriodLabels labels;
    private final MessageSource messages;
    private final Clock clock;

    IndicatorBoardPages(Catalogue catalogue, ReportingBoard boards, Achievements achievements, HeatmapCache cache,
                        PeriodLabels labels, MessageSource messages, Clock clock) {
        this.catalogue = catalogue;
        this.boards = boards;
        this.achievements = achievements;
        this.cache = cache;
        this.labels = labels;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/indicators/board")
    String board(@RequestParam(required = false) String period, @RequestParam(required = false) ReportStatus status,
                 @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Model model) {
        Period p = IndicatorPages.period(period, PeriodType.QUARTER, LocalDate.now(clock));
        PageRequest request = PageRequest.of(page, size);
        ReportingBoard.Board board = boards.board(p);
        model.addAttribute("board", board);
        model.addAttribute("lines", Page.slice(status == null ? board.lines()
                : board.lines().stream().filter(l -> l.status() == status).toList(), request));
        model.addAttribute("status", status);
        model.addAttribute("statuses", ReportStatus.values());
        model.addAttribute("recent", p.recent(4).stream().map(boards::board).toList());
        model.addAttribute("periods", labels.choices().stream()
                .filter(x -> x.type() != PeriodType.MONTH && !catalogue.form(x.type()).isEmpty()).toList());
        model.addAttribute("breadcrumbs", List.of(indicatorsCrumb(), new Crumb(text("nav.indicators.board"), "/indicators/board")));
        return "indicator/board";
    }

    @GetMapping("/indicators/scorecard")
    String scorecard(@RequestParam(required = false) String period, @RequestParam(required = false) Integer page,
                     @RequestParam(required = false) Integer size, Model model) {
        Period p = IndicatorPages.period(period, PeriodType.QUARTER, LocalDate.now(clock));
        PageRequest request = PageRequest.of(page, size);
        // the same figures as the heatmap's, which change only on approval, return, upload or a target saved
        Achievements.Heatmap heatmap = cache.get(p, false, () -> achievements.heatmap(p, false));
        model.addAttribute("heatmap", heatmap);
        model.addAttribute("rows", Page.slice(heatmap.rows(), request));
        model.addAttribute("periods", labels.choices());
        model.addAttribute("breadcrumbs", List.of(indicatorsCrumb(), new Crumb(text("nav.indicators.scorecard"), "/indicators/scorecard")));
        return "indicator/scorecard";
    }

    private Crumb indicatorsCrumb() {
        return new Crumb(text("nav.indicators"), "/indicators");
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
