package vn.cchc.scoring;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.ObjectMapper;
import vn.cchc.directory.Directory;
import vn.cchc.directory.UnitRef;
import vn.cchc.page.Crumb;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Rounds: open, the round's page, deadlines, the appraiser's side-by-side area view, finalise, consolidate, publish, results. */
@Controller
class RoundPages {

    private final Rounds rounds;
    private final Appraisals appraisals;
    private final ScoreRounds store;
    private final CriteriaSets sets;
    private final Results results;
    private final ScoringAccess access;
    private final ScoringTexts texts;
    private final Directory directory;
    private final ObjectMapper json;
    private final Clock clock;

    RoundPages(Rounds rounds, Appraisals appraisals, ScoreRounds store, CriteriaSets sets, Results results,
               ScoringAccess access, ScoringTexts texts, Directory directory, ObjectMapper json, Clock clock) {
        this.clock = clock;
        this.rounds = rounds;
        this.appraisals = appraisals;
        this.store = store;
        this.sets = sets;
        this.results = results;
        this.access = access;
        this.texts = texts;
        this.directory = directory;
        this.json = json;
    }

    @GetMapping("/scoring/rounds/new")
    String newRound(Model model) {
        access.requireManager();
        List<ScoreSet> active = sets.sets().stream().filter(ScoreSet::active).toList();
        TreeSet<String> areaCodes = new TreeSet<>((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)));
        Map<String, String> areaNames = new HashMap<>();
        active.forEach(s -> sets.tree(s.id()).areas().forEach(a -> {
            areaCodes.add(a.criterion().code());
            areaNames.putIfAbsent(a.criterion().code(), a.criterion().name());
        }));
        List<UnitRef> current = directory.current();
        model.addAttribute("activeSets", active);
        model.addAttribute("groups", ScoringGroup.values());
        model.addAttribute("areaCodes", areaCodes);
        model.addAttribute("areaNames", areaNames);
        model.addAttribute("departments", current.stream()
                .filter(u -> ScoringGroup.of(u.kind()).orElse(null) == ScoringGroup.DEPARTMENT).toList());
        model.addAttribute("communes", current.stream()
                .filter(u -> ScoringGroup.of(u.kind()).orElse(null) == ScoringGroup.COMMUNE).toList());
        model.addAttribute("defaultBands", Rounds.DEFAULT_BANDS);
        model.addAttribute("year", LocalDate.now(clock).getYear() - 1);
        model.addAttribute("breadcrumbs", List.of(new Crumb(texts.get("scoring.title"), "/scoring"),
                new Crumb(texts.get("scoring.round.new"), "/scoring/rounds/new")));
        return "scoring/round-new";
    }

    @PostMapping("/scoring/rounds")
    String open(@RequestParam int year, @RequestParam String name,
                @RequestParam(required = false) Long setDEPARTMENT, @RequestParam(required = false) Long setCOMMUNE,
                @RequestParam(required = false) String bandsDEPARTMENT, @RequestParam(required = false) String bandsCOMMUNE,
                @RequestParam(name = "units", required = false) List<Long> units,
                @RequestParam(required = false) LocalDate selfDeadline,
                @RequestParam(required = false) LocalDate appraisalDeadline,
                @RequestParam(required = false) LocalDate explanationDeadline,
                @RequestParam Map<String, String> all, RedirectAttributes redirect) {
        Map<ScoringGroup, Long> chosen = new EnumMap<>(ScoringGroup.class);
        if (setDEPARTMENT != null) {
            chosen.put(ScoringGroup.DEPARTMENT, setDEPARTMENT);
        }
        if (setCOMMUNE != null) {
            chosen.put(ScoringGroup.COMMUNE, setCOMMUNE);
        }
        Map<ScoringGroup, String> bands = new EnumMap<>(ScoringGroup.class);
        bands.put(ScoringGroup.DEPARTMENT, bandsDEPARTMENT);
        bands.put(ScoringGroup.COMMUNE, bandsCOMMUNE);
        Map<String, Long> appraisers = new LinkedHashMap<>();
        all.forEach((k, v) -> {
            if (k.startsWith("appraiser_") && v != null && !v.isBlank()) {
                appraisers.put(k.substring("appraiser_".length()), Long.valueOf(v));
            }
        });
        long[] id = {0};
        String target = Web.run(redirect, texts, "/scoring/rounds/new", "scoring.flash.roundOpened",
                () -> id[0] = rounds.open(new Rounds.RoundForm(year, name, chosen, bands, units, selfDeadline,
                        appraisalDeadline, explanationDeadline, appraisers, false)));
        return id[0] == 0 ? target : "redirect:/scoring/rounds/" + id[0];
    }

    /** A unit's line on the round page. */
    public record UnitLine(UnitRef unit, Assessment assessment, Results.UnitResult result, boolean visible) {
    }

    @GetMapping("/scoring/rounds/{id}")
    String round(@PathVariable long id, Model model) {
        ScoreRound round = store.round(id).orElseThrow(Web::notFound);
        Map<Long, Results.UnitResult> byAssessment = new HashMap<>();
        boolean seesAll = access.seesAll();
        if (seesAll || round.published()) {
            results.of(id).forEach(r -> byAssessment.put(r.assessmentId(), r));
        }
        List<UnitLine> lines = new ArrayList<>();
        for (Assessment a : store.assessments(id)) {
            UnitRef u = directory.findById(a.unitId()).orElseThrow();
            lines.add(new UnitLine(u, a, byAssessment.get(a.id()), access.canView(a, round)));
        }
        Map<Long, String> unitNames = new HashMap<>();
        store.areas(id).forEach(a -> unitNames.put(a.appraiserUnitId(), rounds.unitName(a.appraiserUnitId())));
        model.addAttribute("round", round);
        model.addAttribute("lines", lines);
        model.addAttribute("groupSets", store.sets(id));
        model.addAttribute("setNames", setNames(id));
        model.addAttribute("areas", store.areas(id));
        model.addAttribute("unitNames", unitNames);
        model.addAttribute("myAreas", access.appraisedAreas(id));
        model.addAttribute("manager", access.manager());
        model.addAttribute("seesAll", seesAll);
        model.addAttribute("canPublish", access.canPublish());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("breadcrumbs", List.of(new Crumb(texts.get("scoring.title"), "/scoring"),
                new Crumb(round.name(), "/scoring/rounds/" + id)));
        return "scoring/round";
    }

    private Map<Long, String> setNames(long roundId) {
        Map<Long, String> names = new HashMap<>();
        store.sets(roundId).forEach(g -> sets.set(g.setId()).ifPresent(s -> names.put(s.id(), s.name())));
        return names;
    }

    @PostMapping("/scoring/rounds/{id}/deadlines")
    String deadlines(@PathVariable long id,
                     @RequestParam(required = false) LocalDate selfDeadline,
                     @RequestParam(required = false) LocalDate appraisalDeadline,
                     @RequestParam(required = false) LocalDate explanationDeadline,
                     @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return Web.run(redirect, texts, "/scoring/rounds/" + id, "scoring.flash.saved",
                () -> rounds.changeDeadlines(id, selfDeadline, appraisalDeadline, explanationDeadline, reason));
    }

    @PostMapping("/scoring/rounds/{id}/consolidate")
    String consolidate(@PathVariable long id, RedirectAttributes redirect) {
        return Web.run(redirect, texts, "/scoring/rounds/" + id, "scoring.flash.consolidated", () -> rounds.consolidate(id));
    }

    @PostMapping("/scoring/rounds/{id}/publish")
    String publish(@PathVariable long id, @RequestParam(required = false) String decisionRef, RedirectAttributes redirect) {
        return Web.run(redirect, texts, "/scoring/rounds/" + id, "scoring.flash.published",
                () -> rounds.publish(id, decisionRef));
    }

    @PostMapping("/scoring/rounds/{id}/areas/{code}/finalise")
    String finalise(@PathVariable long id, @PathVariable String code, RedirectAttributes redirect) {
        return Web.run(redirect, texts, "/scoring/rounds/" + id + "/areas/" + code, "scoring.flash.finalised",
                () -> rounds.finaliseArea(id, code));
    }

    @PostMapping("/scoring/rounds/{id}/areas/{code}/accept-remaining")
    String acceptRemaining(@PathVariable long id, @PathVariable String code, RedirectAttributes redirect) {
        return Web.run(redirect, texts, "/scoring/rounds/" + id + "/areas/" + code, "scoring.flash.acceptedRemaining",
                () -> appraisals.acceptRemaining(id, code));
    }

    @PostMapping("/scoring/assessments/{id}/reopen")
    String reopen(@PathVariable long id, @RequestParam(required = false) String reason,
                  @RequestParam(required = false) LocalDate deadline,
                  RedirectAttributes redirect) {
        Assessment a = store.assessment(id).orElseThrow(Web::notFound);
        return Web.run(redirect, texts, "/scoring/rounds/" + a.roundId(), "scoring.flash.reopened",
                () -> rounds.reopen(id, reason, deadline));
    }

    /** One unit's item in the appraiser's view. */
    public record Cell(UnitRef unit, Assessment assessment, ScoreItem item, List<ScoreItem.Evidence> evidence,
                       boolean appraisable, boolean decidable, boolean ownUnit) {
    }

    /** One sub-criterion with every unit's score side by side. */
    public record AreaRow(Criterion criterion, List<Cell> cells) {
    }

    @GetMapping("/scoring/rounds/{id}/areas/{code}")
    String area(@PathVariable long id, @PathVariable String code, Model model) {
        ScoreRound round = store.round(id).orElseThrow(Web::notFound);
        ScoreRound.Area area = store.area(id, code).orElseThrow(Web::notFound);
        if (!access.canViewArea(id, code)) {
            throw new org.springframework.security.access.AccessDeniedException("scoring.area");
        }
        boolean open = round.open() && !area.finalised();
        boolean canAppraise = access.canAppraise(id, code) && open;
        LocalDate today = LocalDate.now(clock);
        Map<Long, Assessment> assessments = new LinkedHashMap<>();
        store.assessments(id).forEach(a -> assessments.put(a.id(), a));
        Map<Long, UnitRef> units = new HashMap<>();
        assessments.values().forEach(a -> units.put(a.id(), directory.findById(a.unitId()).orElseThrow()));
        Map<Long, List<ScoreItem.Evidence>> evidence = new HashMap<>();
        Map<Long, AreaRow> rows = new LinkedHashMap<>();
        for (ScoreItem item : store.itemsOfArea(id, code)) {
            Assessment a = assessments.get(item.assessmentId());
            boolean visible = a.submitted() || today.isAfter(a.selfDeadline(round));
            Criterion c = sets.criterion(item.criterionId()).orElseThrow();
            AreaRow row = rows.computeIfAbsent(c.id(), k -> new AreaRow(c, new ArrayList<>()));
            if (!visible) {
                row.cells().add(new Cell(units.get(a.id()), a, null, List.of(), false, false, false));
                continue;
            }
            List<ScoreItem.Evidence> ev = evidence.computeIfAbsent(a.id(), k -> store.evidence(k)).stream()
                    .filter(e -> e.itemId() == item.id()).toList();
            // Per unit: the appraising department's own items go to the standing agency (Appraisals refuses the rest).
            boolean mayAppraise = open && access.canAppraise(id, code, a.unitId());
            boolean appraisable = mayAppraise && !item.notApplicable() && c.method() != Method.SURVEY
                    && !today.isAfter(round.appraisalDeadline()) && item.explanationOutcome() == null;
            boolean decidable = mayAppraise && item.explanationPending() && (item.explanationAnswer() != null
                    || a.explanationLocked() || today.isAfter(round.explanationDeadline()));
            boolean ownUnit = canAppraise && vn.cchc.security.CurrentUser.get().map(u -> u.unitId() == a.unitId()).orElse(false);
            row.cells().add(new Cell(units.get(a.id()), a, item, ev, appraisable, decidable, ownUnit));
        }
        String areaName = store.sets(id).stream().flatMap(g -> sets.tree(g.setId()).areas().stream())
                .filter(n -> n.criterion().code().equals(code)).map(n -> n.criterion().name()).findFirst().orElse(code);
        model.addAttribute("round", round);
        model.addAttribute("area", area);
        model.addAttribute("areaName", areaName);
        model.addAttribute("appraiserName", rounds.unitName(area.appraiserUnitId()));
        model.addAttribute("rows", rows.values());
        model.addAttribute("canAppraise", canAppraise);
        model.addAttribute("canFinalise", canAppraise);
        model.addAttribute("breadcrumbs", List.of(new Crumb(texts.get("scoring.title"), "/scoring"),
                new Crumb(round.name(), "/scoring/rounds/" + id),
                new Crumb(texts.get("scoring.area.title", code), "/scoring/rounds/" + id + "/areas/" + code)));
        return "scoring/area";
    }

    @PostMapping("/scoring/items/{id}/appraise")
    String appraise(@PathVariable long id, @RequestParam(required = false) String points,
                    @RequestParam(required = false) String reason, @RequestParam(required = false) String request,
                    RedirectAttributes redirect) {
        return Web.run(redirect, texts, back(id), "scoring.flash.appraised",
                () -> appraisals.appraise(id, points, reason, request));
    }

    @PostMapping("/scoring/items/{id}/decide")
    String decide(@PathVariable long id, @RequestParam boolean accepted, @RequestParam(required = false) String points,
                  @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return Web.run(redirect, texts, back(id), "scoring.flash.decided",
                () -> appraisals.decideExplanation(id, accepted, points, reason));
    }

    private String back(long itemId) {
        ScoreItem item = store.item(itemId).orElseThrow(Web::notFound);
        Assessment a = store.requireAssessment(item.assessmentId());
        String area = sets.criterion(item.criterionId()).orElseThrow().code().split("\\.")[0];
        return "/scoring/rounds/" + a.roundId() + "/areas/" + area + "#i-" + itemId;
    }

    @GetMapping("/scoring/rounds/{id}/results")
    String results(@PathVariable long id, @RequestParam(required = false) Long unit, Model model) {
        ScoreRound round = store.round(id).orElseThrow(Web::notFound);
        if (!access.seesAll() && !round.published()) {
            throw new org.springframework.security.access.AccessDeniedException("scoring.results");
        }
        List<Results.UnitResult> all = results.of(id);
        Map<ScoringGroup, List<Results.UnitResult>> byGroup = new EnumMap<>(ScoringGroup.class);
        all.forEach(r -> byGroup.computeIfAbsent(r.group(), g -> new ArrayList<>()).add(r));
        model.addAttribute("round", round);
        model.addAttribute("byGroup", byGroup);
        model.addAttribute("chartData", json.writeValueAsString(ChartData.of(byGroup, unit, texts)));
        model.addAttribute("units", all.stream().map(Results.UnitResult::unit).toList());
        model.addAttribute("selectedUnit", unit);
        model.addAttribute("bands", bandsOf(id));
        model.addAttribute("areaHeads", areaHeads(id));
        model.addAttribute("breadcrumbs", List.of(new Crumb(texts.get("scoring.title"), "/scoring"),
                new Crumb(round.name(), "/scoring/rounds/" + id),
                new Crumb(texts.get("scoring.results.title"), "/scoring/rounds/" + id + "/results")));
        return "scoring/results";
    }

    private Map<ScoringGroup, Bands.Scale> bandsOf(long roundId) {
        Map<ScoringGroup, Bands.Scale> out = new EnumMap<>(ScoringGroup.class);
        store.sets(roundId).forEach(g -> out.put(g.group(), g.scale()));
        return out;
    }

    /** A column of component indices: an area of the group's set that carries ordinary points. */
    public record AreaHead(String code, String name, String shortName) {
    }

    private Map<ScoringGroup, List<AreaHead>> areaHeads(long roundId) {
        Map<ScoringGroup, List<AreaHead>> out = new EnumMap<>(ScoringGroup.class);
        store.sets(roundId).forEach(g -> out.put(g.group(), sets.tree(g.setId()).areas().stream()
                .filter(a -> a.max().signum() > 0)
                .map(a -> new AreaHead(a.criterion().code(), a.criterion().name(), AreaNames.shortName(a.criterion().name())))
                .toList()));
        return out;
    }

    /** What the charts draw: ranked bars per group, and a radar of one unit's area indices against the group average. */
    record ChartData(Map<String, Bars> bars, Radar radar) {

        record Bars(String title, List<String> labels, List<BigDecimal> values) {
        }

        record Radar(String title, List<String> labels, String unitLabel, List<BigDecimal> unit, String averageLabel,
                     List<BigDecimal> average) {
        }

        static ChartData of(Map<ScoringGroup, List<Results.UnitResult>> byGroup, Long unitId, ScoringTexts texts) {
            Map<String, Bars> bars = new LinkedHashMap<>();
            byGroup.forEach((g, list) -> bars.put(g.name(), new Bars(texts.get("scoring.group." + g),
                    list.stream().map(r -> r.unit().shortName() == null ? r.unit().name() : r.unit().shortName()).toList(),
                    list.stream().map(Results.UnitResult::index).toList())));
            Results.UnitResult chosen = byGroup.values().stream().flatMap(List::stream)
                    .filter(r -> unitId == null || r.unit().id() == unitId).findFirst().orElse(null);
            Radar radar = null;
            if (chosen != null) {
                List<Results.UnitResult> peers = byGroup.get(chosen.group());
                List<String> labels = chosen.areas().stream().map(Results.AreaIndex::shortName).toList();
                List<BigDecimal> mine = chosen.areas().stream().map(Results.AreaIndex::index).toList();
                List<BigDecimal> avg = new ArrayList<>();
                for (Results.AreaIndex a : chosen.areas()) {
                    List<BigDecimal> vals = peers.stream().flatMap(p -> p.areas().stream())
                            .filter(x -> x.code().equals(a.code()) && x.index() != null).map(Results.AreaIndex::index).toList();
                    avg.add(vals.isEmpty() ? null : vals.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                            .divide(BigDecimal.valueOf(vals.size()), 2, java.math.RoundingMode.HALF_UP));
                }
                radar = new Radar(texts.get("scoring.chart.radar", chosen.unit().name()), labels, chosen.unit().name(), mine,
                        texts.get("scoring.chart.average", texts.get("scoring.group." + chosen.group())), avg);
            }
            return new ChartData(bars, radar);
        }
    }
}
