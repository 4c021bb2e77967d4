package vn.cchc.indicator;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.directory.Directory;
import vn.cchc.directory.UnitKind;
import vn.cchc.directory.UnitNotFound;
import vn.cchc.directory.UnitRef;
import vn.cchc.security.CchcUser;
import vn.cchc.security.CurrentUser;
import vn.cchc.security.Role;
import vn.cchc.security.UnitAccess;
import vn.cchc.vietnamese.NotVietnameseNumber;
import vn.cchc.vietnamese.VietnameseNumbers;
import vn.cchc.page.Crumb;
import vn.cchc.page.FlashRedirect;
import vn.cchc.spreadsheet.ExcelTable;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Pages: catalogue and targets, reporting forms, board and heatmap exports, unit view with trends, 766 scorecard export. */
@Controller
class IndicatorPages {

    private final Catalogue catalogue;
    private final Reports reports;
    private final ReportingBoard boards;
    private final Achievements achievements;
    private final Directory directory;
    private final UnitAccess access;
    private final MessageSource messages;
    private final PeriodLabels labels;
    private final Clock clock;

    IndicatorPages(Catalogue catalogue, Reports reports, ReportingBoard boards, Achievements achievements, Directory directory,
                   UnitAccess access, MessageSource messages, PeriodLabels labels, Clock clock) {
        this.clock = clock;
        this.catalogue = catalogue;
        this.reports = reports;
        this.boards = boards;
        this.achievements = achievements;
        this.directory = directory;
        this.access = access;
        this.messages = messages;
        this.labels = labels;
    }

    static Period period(String key, PeriodType fallback, LocalDate today) {
        if (key == null || key.isBlank()) {
            return Period.containing(fallback, today);
        }
        try {
            return Period.parse(key);
        } catch (IllegalArgumentException e) {
            throw new IndicatorException(HttpStatus.BAD_REQUEST, "indicator.error.period", key);
        }
    }

    UnitRef unit(String code) {
        return directory.findByCode(code).orElseThrow(() -> new UnitNotFound(code));
    }

    @GetMapping("/indicators")
    String catalogue(Model model) {
        List<Indicator> all = catalogue.all();
        Map<Long, List<Target>> targets = new LinkedHashMap<>();
        catalogue.targets().forEach(t -> targets.computeIfAbsent(t.indicatorId(), k -> new ArrayList<>()).add(t));
        model.addAttribute("indicators", all);
        model.addAttribute("targets", targets);
        model.addAttribute("canEditTargets", access.isStandingAgency());
        model.addAttribute("kinds", List.of(UnitKind.DEPARTMENT, UnitKind.COMMUNE, UnitKind.WARD));
        model.addAttribute("year", LocalDate.now(clock).getYear());
        model.addAttribute("breadcrumbs", List.of(indicatorsCrumb(),
                new Crumb(text("indicator.catalogue.title"), "/indicators")));
        return "indicator/catalogue";
    }

    @PostMapping("/indicators/targets")
    String saveTarget(@RequestParam String indicatorCode, @RequestParam int year, @RequestParam(required = false) String unitKind,
                      @RequestParam(required = false) String unitCode, @RequestParam String comparator,
                      @RequestParam String value, @RequestParam(required = false) String origin, RedirectAttributes redirect) {
        try {
            Long unitId = unitCode == null || unitCode.isBlank() ? null : unit(unitCode.trim()).id();
            catalogue.saveTarget(new Catalogue.TargetForm(indicatorCode, year, unitKind == null || unitKind.isBlank() ? null : unitKind,
                    unitId, comparator, number(value), origin));
            redirect.addFlashAttribute("flashSuccess", "indicator.flash.targetSaved");
        } catch (IndicatorException e) {
            if (e.args().length == 0) {
                redirect.addFlashAttribute("flashError", e.key());
            } else {
                redirect.addFlashAttribute("flashErrorText", messages.getMessage(e.key(), e.args(), LocaleContextHolder.getLocale()));
            }
        }
        return "redirect:/indicators";
    }

    /** A unit officer's own form for the current quarter; others go to the board. */
    @GetMapping("/indicators/my")
    String mine() {
        CchcUser user = CurrentUser.require();
        Period p = Period.containing(PeriodType.QUARTER, LocalDate.now(clock));
        if (user.has(Role.UNIT_OFFICER) || user.has(Role.STANDING_AGENCY)) {
            return "redirect:/indicators/reports/" + user.unitCode() + "/" + p.key();
        }
        return "redirect:/indicators/board?period=" + p.key();
    }

    @GetMapping("/indicators/reports/{unitCode}")
    String choose(@PathVariable String unitCode, @RequestParam(required = false) String period) {
        return "redirect:/indicators/reports/" + unit(unitCode).code() + "/" + period(period, PeriodType.QUARTER, LocalDate.now(clock)).key();
    }

    @GetMapping("/indicators/reports/{unitCode}/{periodKey}")
    String form(@PathVariable String unitCode, @PathVariable String periodKey, Model model) {
        UnitRef unit = unit(unitCode);
        Period period = period(periodKey, PeriodType.QUARTER, LocalDate.now(clock));
        ReportForm form = reports.form(unit, period);
        return showForm(model, form, List.of(), reports.warnings(form));
    }

    private String showForm(Model model, ReportForm form, List<Problem> errors, List<Problem> warnings) {
        model.addAttribute("form", form);
        model.addAttribute("errors", resolve(errors));
        model.addAttribute("errorCodes", errors.stream().map(Problem::indicatorCode).toList());
        model.addAttribute("warnings", resolve(warnings));
        model.addAttribute("isAdmin", CurrentUser.get().map(u -> u.has(Role.ADMIN)).orElse(false));
        model.addAttribute("periods", labels.choices().stream()
                .filter(p -> p.type() != PeriodType.MONTH && !catalogue.form(p.type()).isEmpty()).toList());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("breadcrumbs", List.of(indicatorsCrumb(),
                new Crumb(form.unit().name(), "/indicators/units/" + form.unit().code()),
                new Crumb(labels.label(form.period()), "/indicators/reports/" + form.unit().code() + "/" + form.period().key())));
        return "indicator/form";
    }

    private List<String> resolve(List<Problem> problems) {
        return problems.stream().map(p -> messages.getMessage(p.key(), p.args(), LocaleContextHolder.getLocale())).toList();
    }

    @PostMapping("/indicators/reports/{unitCode}/{periodKey}")
    String save(@PathVariable String unitCode, @PathVariable String periodKey, @RequestParam String action,
                HttpServletRequest request, Model model, RedirectAttributes redirect) {
        UnitRef unit = unit(unitCode);
        Period period = period(periodKey, PeriodType.QUARTER, LocalDate.now(clock));
        List<Problem> parseErrors = new ArrayList<>();
        Map<String, Entry> entries = entries(request, catalogue.form(period.type()), parseErrors);
        try {
            if (!parseErrors.isEmpty()) {
                throw new FormRejected(parseErrors);
            }
            boolean submit = "submit".equals(action);
            ReportForm saved = submit ? reports.submit(unit, period, entries) : reports.save(unit, period, entries);
            redirect.addFlashAttribute("flashSuccess", submit ? "indicator.flash.submitted" : "indicator.flash.saved");
            return "redirect:/indicators/reports/" + unit.code() + "/" + saved.period().key();
        } catch (FormRejected e) {
            ReportForm preview = reports.preview(unit, period, entries);
            model.addAttribute("flashError", "indicator.error.formRejected.short");
            return showForm(model, preview, e.errors(), List.of());
        } catch (IndicatorException e) {
            redirect.addFlashAttribute("flashError", e.key());
            return "redirect:/indicators/reports/" + unit.code() + "/" + period.key();
        }
    }

    static Map<String, Entry> entries(HttpServletRequest request, List<Indicator> form, List<Problem> errors) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (Indicator i : form) {
            BigDecimal num = parse(request.getParameter("num_" + i.code()), i, errors);
            BigDecimal den = parse(request.getParameter("den_" + i.code()), i, errors);
            String comment = request.getParameter("comment_" + i.code());
            entries.put(i.code(), new Entry(num, den, comment));
        }
        return entries;
    }

    private static BigDecimal parse(String text, Indicator i, List<Problem> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return VietnameseNumbers.parse(text);
        } catch (NotVietnameseNumber e) {
            errors.add(new Problem(i.code(), "indicator.error.notAVietnameseNumber", new Object[]{i.name(), text.strip(), e}));
            return null;
        }
    }

    private static BigDecimal number(String text) {
        try {
            return VietnameseNumbers.parse(text);
        } catch (NotVietnameseNumber e) {
            throw new IndicatorException(HttpStatus.BAD_REQUEST, "indicator.error.targetNotANumber", text.strip(), e);
        }
    }

    @PostMapping("/indicators/reports/{unitCode}/{periodKey}/approve")
    String approve(@PathVariable String unitCode, @PathVariable String periodKey, RedirectAttributes redirect) {
        UnitRef unit = unit(unitCode);
        Period period = period(periodKey, PeriodType.QUARTER, LocalDate.now(clock));
        return act(redirect, unit, period, "indicator.flash.approved", () -> reports.approve(unit, period));
    }

    @PostMapping("/indicators/reports/{unitCode}/{periodKey}/return")
    String returnForCorrection(@PathVariable String unitCode, @PathVariable String periodKey, @RequestParam(required = false) String reason,
                    RedirectAttributes redirect) {
        UnitRef unit = unit(unitCode);
        Period period = period(periodKey, PeriodType.QUARTER, LocalDate.now(clock));
        return act(redirect, unit, period, "indicator.flash.returned", () -> reports.returnForCorrection(unit, period, reason));
    }

    @PostMapping("/indicators/reports/{unitCode}/{periodKey}/exception")
    String exception(@PathVariable String unitCode, @PathVariable String periodKey,
                     @RequestParam(required = false) LocalDate openUntil,
                     @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        UnitRef unit = unit(unitCode);
        Period period = period(periodKey, PeriodType.QUARTER, LocalDate.now(clock));
        return act(redirect, unit, period, "indicator.flash.exception", () -> {
            reports.grantException(unit, period, openUntil, reason);
            return null;
        });
    }

    private static String act(RedirectAttributes redirect, UnitRef unit, Period period, String success,
                              java.util.function.Supplier<Object> action) {
        return FlashRedirect.run(redirect, "/indicators/reports/" + unit.code() + "/" + period.key(), success,
                IndicatorException.class, (e, r) -> r.addFlashAttribute("flashError", e.key()), action::get);
    }

    @GetMapping(path = "/indicators/board.xlsx")
    ResponseEntity<byte[]> boardExcel(@RequestParam(required = false) String period) {
        Period p = period(period, PeriodType.QUARTER, LocalDate.now(clock));
        ReportingBoard.Board b = boards.board(p);
        List<List<Object>> rows = new ArrayList<>();
        for (ReportingBoard.BoardLine l : b.lines()) {
            rows.add(List.of(l.unit().code(), l.unit().name(), text("indicator.status." + l.status()),
                    l.submittedAt() == null ? "" : l.submittedAt(), text(l.onTime() ? "indicator.yes" : "indicator.no")));
        }
        return ExcelTable.download(List.of(new ExcelTable(p.key(), text("indicator.board.title") + " - " + labels.label(p),
                List.of(text("indicator.col.unitCode"), text("indicator.col.unit"), text("indicator.col.status"),
                        text("indicator.col.submittedAt"), text("indicator.col.onTime")), rows)), "bao-cao-" + p.key() + ".xlsx");
    }

    @GetMapping("/indicators/heatmap.xlsx")
    ResponseEntity<byte[]> heatmapExcel(@RequestParam(required = false) String period) {
        Period p = period(period, PeriodType.QUARTER, LocalDate.now(clock));
        Achievements.Heatmap h = achievements.heatmap(p, true);
        List<String> headers = new ArrayList<>(List.of(text("indicator.col.unitCode"), text("indicator.col.unit")));
        h.columns().forEach(i -> headers.add(i.code() + " " + i.name()));
        headers.add(text("indicator.col.score766"));
        List<List<Object>> rows = new ArrayList<>();
        rows.add(heatRow(h.province()));
        h.rows().forEach(r -> rows.add(heatRow(r)));
        List<List<Object>> targets = new ArrayList<>();
        for (Achievements.Cell c : h.province().cells()) {
            targets.add(java.util.Arrays.asList(c.indicator().code(), c.indicator().name(),
                    c.target() == null ? "" : c.target().label(), c.value(), text("indicator.achievement." + c.achievement())));
        }
        return ExcelTable.download(List.of(
                new ExcelTable(text("indicator.heatmap.sheet"), text("indicator.heatmap.title") + " - " + labels.label(p), headers, rows),
                new ExcelTable(text("indicator.heatmap.provinceSheet"), text("indicator.heatmap.province"),
                        List.of(text("indicator.col.code"), text("indicator.col.indicator"), text("indicator.col.target"),
                                text("indicator.col.value"), text("indicator.col.achievement")), targets)),
                "ban-do-nhiet-" + p.key() + ".xlsx");
    }

    private List<Object> heatRow(Achievements.Row r) {
        List<Object> row = new ArrayList<>();
        row.add(r.unit() == null ? "" : r.unit().code());
        row.add(r.unit() == null ? text("indicator.heatmap.province") : r.unit().name());
        r.cells().forEach(c -> row.add(c.value()));
        row.add(r.score().scaled());
        return row;
    }

    @GetMapping("/indicators/units/{code}")
    String unitPage(@PathVariable String code, @RequestParam(required = false) String period,
                    @RequestParam(required = false) String indicator, Model model) {
        UnitRef unit = "TINH".equals(code) ? null : unit(code);
        Period p = period(period, PeriodType.QUARTER, LocalDate.now(clock));
        Achievements.Row row = achievements.row(p, unit);
        model.addAttribute("unit", unit);
        model.addAttribute("unitCode", code);
        model.addAttribute("period", p);
        model.addAttribute("row", row);
        model.addAttribute("periods", labels.choices());
        String selected = indicator != null ? indicator : row.cells().isEmpty() ? "CS766_2_1" : row.cells().get(0).indicator().code();
        model.addAttribute("selected", selected);
        model.addAttribute("trendUrl", "/indicators/trend.json?code=" + selected + "&unit=" + code + "&period=" + p.key());
        model.addAttribute("breadcrumbs", List.of(indicatorsCrumb(), new Crumb(text("nav.indicators.heatmap"), "/indicators/heatmap"),
                new Crumb(unit == null ? text("indicator.unit.title") : unit.name(), "/indicators/units/" + code)));
        return "indicator/unit";
    }

    @GetMapping("/indicators/trend.json")
    @ResponseBody
    Map<String, Object> trend(@RequestParam String code, @RequestParam String unit, @RequestParam(required = false) String period) {
        Indicator i = catalogue.find(code).orElseThrow(() -> new IndicatorException(HttpStatus.NOT_FOUND,
                "indicator.error.unknownIndicator", code));
        UnitRef u = "TINH".equals(unit) ? null : unit(unit);
        Period p = period(period, PeriodType.QUARTER, LocalDate.now(clock));
        YearMonth last = p.lastMonth().isAfter(YearMonth.from(LocalDate.now(clock))) ? YearMonth.from(LocalDate.now(clock)) : p.lastMonth();
        Achievements.Trend t = achievements.trend(i, u, last);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("title", i.name());
        json.put("labels", t.labels());
        json.put("values", t.values());
        json.put("target", t.target());
        json.put("targetLabel", t.comparator() == null ? null : text("indicator.col.target") + " " + t.comparator());
        json.put("valueLabel", text("indicator.col.value"));
        // a rate is drawn on a 0–100 axis; an amount on an axis from 0 to its largest value
        json.put("percent", i.measure() == IndicatorMeasure.RATIO || i.measure() == IndicatorMeasure.BOOLEAN);
        return json;
    }

    @GetMapping("/indicators/scorecard.xlsx")
    ResponseEntity<byte[]> scorecardExcel(@RequestParam(required = false) String period) {
        Period p = period(period, PeriodType.QUARTER, LocalDate.now(clock));
        Achievements.Heatmap h = achievements.heatmap(p, false);
        List<String> headers = new ArrayList<>(List.of(text("indicator.col.unitCode"), text("indicator.col.unit")));
        for (String g : List.of("1", "2", "3", "4", "5")) {
            headers.add(text("indicator.score.group." + g));
        }
        headers.addAll(List.of(text("indicator.score.total"), text("indicator.score.available"), text("indicator.score.scaled"),
                text("indicator.score.band")));
        List<List<Object>> rows = new ArrayList<>();
        List<Achievements.Row> all = new ArrayList<>();
        all.add(h.province());
        all.addAll(h.rows());
        for (Achievements.Row r : all) {
            List<Object> row = new ArrayList<>();
            row.add(r.unit() == null ? "" : r.unit().code());
            row.add(r.unit() == null ? text("indicator.heatmap.province") : r.unit().name());
            for (String g : List.of("1", "2", "3", "4", "5")) {
                row.add(r.score().groups().getOrDefault(g, BigDecimal.ZERO));
            }
            row.add(r.score().total());
            row.add(r.score().available());
            row.add(r.score().scaled());
            row.add(text("indicator.band." + r.score().band()));
            rows.add(row);
        }
        return ExcelTable.download(List.of(new ExcelTable("766", text("indicator.score.title") + " - " + labels.label(p),
                headers, rows)), "chi-so-766-" + p.key() + ".xlsx");
    }

    private Crumb indicatorsCrumb() {
        return new Crumb(text("nav.indicators"), "/indicators");
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
