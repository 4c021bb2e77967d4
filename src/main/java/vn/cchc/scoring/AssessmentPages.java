package vn.cchc.scoring;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.directory.Directory;
import vn.cchc.directory.UnitRef;
import vn.cchc.page.Crumb;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A unit's score sheet: self-scoring with evidence, submit, explanation answers; not-applicable and survey points for the standing agency. */
@Controller
class AssessmentPages {

    private final ScoreRounds store;
    private final CriteriaSets sets;
    private final SelfAssessments self;
    private final Rounds rounds;
    private final Results results;
    private final ScoringAccess access;
    private final ScoringTexts texts;
    private final Directory directory;
    private final EvidenceCheck evidenceCheck;
    private final Clock clock;

    AssessmentPages(ScoreRounds store, CriteriaSets sets, SelfAssessments self, Rounds rounds, Results results,
                    ScoringAccess access, ScoringTexts texts, Directory directory, EvidenceCheck evidenceCheck, Clock clock) {
        this.clock = clock;
        this.store = store;
        this.sets = sets;
        this.self = self;
        this.rounds = rounds;
        this.results = results;
        this.access = access;
        this.texts = texts;
        this.directory = directory;
        this.evidenceCheck = evidenceCheck;
    }

    /** A line of the sheet: a heading (area, criterion) with subtotals, or a scored item with its files and history. */
    public record Line(CriteriaTree.Node node, ScoreItem item, List<ScoreItem.Evidence> evidence,
                       List<ScoreItem.Change> history, BigDecimal max, BigDecimal selfPoints, BigDecimal finalPoints) {
    }

    @GetMapping("/scoring/assessments/{id}")
    String sheet(@PathVariable long id, Model model) {
        Assessment a = store.assessment(id).orElseThrow(Web::notFound);
        ScoreRound round = store.requireRound(a.roundId());
        access.requireView(a, round);
        UnitRef unit = directory.findById(a.unitId()).orElseThrow();
        CriteriaTree tree = sets.tree(a.setId());
        Map<Long, ScoreItem> items = new HashMap<>();
        store.items(id).forEach(i -> items.put(i.criterionId(), i));
        Map<Long, List<ScoreItem.Evidence>> evidence = new HashMap<>();
        store.evidence(id).forEach(e -> evidence.computeIfAbsent(e.itemId(), k -> new ArrayList<>()).add(e));
        Map<Long, List<ScoreItem.Change>> history = new HashMap<>();
        store.changes(id).forEach(c -> history.computeIfAbsent(c.itemId(), k -> new ArrayList<>()).add(c));
        List<Line> lines = new ArrayList<>();
        for (CriteriaTree.Node node : tree.flatten()) {
            ScoreItem item = node.leaf() ? items.get(node.criterion().id()) : null;
            BigDecimal max = BigDecimal.ZERO;
            BigDecimal s = BigDecimal.ZERO;
            BigDecimal f = BigDecimal.ZERO;
            for (CriteriaTree.Node leaf : node.leaves()) {
                ScoreItem i = items.get(leaf.criterion().id());
                if (i == null || i.notApplicable() || leaf.criterion().kind() != ItemKind.NORMAL) {
                    continue;
                }
                max = max.add(leaf.criterion().maxPoints());
                s = s.add(i.selfPoints() == null ? BigDecimal.ZERO : i.selfPoints());
                f = f.add(i.finalPoints() == null ? BigDecimal.ZERO : i.finalPoints());
            }
            lines.add(new Line(node, item, item == null ? List.of() : evidence.getOrDefault(item.id(), List.of()),
                    item == null ? List.of() : history.getOrDefault(item.id(), List.of()), max, s, f));
        }
        LocalDate today = LocalDate.now(clock);
        boolean own = access.canSelfScore(a);
        boolean canScore = own && round.open() && !a.submitted() && !today.isAfter(a.selfDeadline(round));
        boolean anyPending = items.values().stream().anyMatch(ScoreItem::explanationPending);
        boolean canExplain = own && round.open() && !a.explanationLocked() && !today.isAfter(round.explanationDeadline())
                && anyPending;
        model.addAttribute("assessment", a);
        model.addAttribute("round", round);
        model.addAttribute("unit", unit);
        model.addAttribute("set", sets.set(a.setId()).orElseThrow());
        model.addAttribute("lines", lines);
        model.addAttribute("result", results.ofAssessment(id).orElse(null));
        model.addAttribute("canScore", canScore);
        model.addAttribute("canExplain", canExplain);
        model.addAttribute("manager", access.manager() && round.open());
        model.addAttribute("selfDeadline", a.selfDeadline(round));
        model.addAttribute("reopens", store.reopens(id));
        model.addAttribute("maxMb", evidenceCheck.maxBytes() / (1024 * 1024));
        model.addAttribute("breadcrumbs", List.of(new Crumb(texts.get("scoring.title"), "/scoring"),
                new Crumb(round.name(), "/scoring/rounds/" + round.id()),
                new Crumb(unit.name(), "/scoring/assessments/" + id)));
        return "scoring/sheet";
    }

    private String back(long itemId) {
        ScoreItem item = store.item(itemId).orElseThrow(Web::notFound);
        return "/scoring/assessments/" + item.assessmentId() + "#i-" + itemId;
    }

    @PostMapping("/scoring/items/{id}/self")
    String score(@PathVariable long id, @RequestParam(required = false) String points,
                 @RequestParam(required = false) String note, @RequestParam(required = false) String evidenceExplanation,
                 @RequestParam(name = "files", required = false) List<MultipartFile> files, RedirectAttributes redirect) {
        return Web.run(redirect, texts, back(id), "scoring.flash.saved",
                () -> self.score(id, points, note, evidenceExplanation, Web.uploads(files)));
    }

    @PostMapping("/scoring/evidence/{id}/delete")
    String deleteEvidence(@PathVariable long id, RedirectAttributes redirect) {
        ScoreRounds.EvidenceFile f = store.evidenceFile(id).orElseThrow(Web::notFound);
        return Web.run(redirect, texts, back(f.itemId()), "scoring.flash.deleted", () -> self.deleteEvidence(id));
    }

    @GetMapping("/scoring/evidence/{id}")
    ResponseEntity<byte[]> evidence(@PathVariable long id) {
        ScoreRounds.EvidenceFile f = store.evidenceFile(id).orElseThrow(Web::notFound);
        ScoreItem item = store.requireItem(f.itemId());
        Assessment a = store.requireAssessment(item.assessmentId());
        ScoreRound round = store.requireRound(a.roundId());
        String area = sets.criterion(item.criterionId()).orElseThrow().code().split("\\.")[0];
        boolean appraiser = access.canAppraise(round.id(), area)
                && (a.submitted() || LocalDate.now(clock).isAfter(a.selfDeadline(round)));
        if (!access.canView(a, round) && !appraiser) {
            throw new AccessDeniedException("scoring.evidence");
        }
        return Web.download(f.content(), f.contentType(), f.filename());
    }

    @PostMapping("/scoring/assessments/{id}/refresh")
    String refresh(@PathVariable long id, RedirectAttributes redirect) {
        return Web.run(redirect, texts, "/scoring/assessments/" + id, "scoring.flash.refreshed", () -> self.refreshComputed(id));
    }

    @PostMapping("/scoring/assessments/{id}/submit")
    String submit(@PathVariable long id, @RequestParam(required = false) String headName,
                  @RequestParam(defaultValue = "false") boolean confirmed, RedirectAttributes redirect) {
        return Web.run(redirect, texts, "/scoring/assessments/" + id, "scoring.flash.submitted",
                () -> self.submit(id, headName, confirmed));
    }

    @PostMapping("/scoring/items/{id}/answer")
    String answer(@PathVariable long id, @RequestParam(required = false) String answer,
                  @RequestParam(name = "files", required = false) List<MultipartFile> files, RedirectAttributes redirect) {
        return Web.run(redirect, texts, back(id), "scoring.flash.saved", () -> self.answer(id, answer, Web.uploads(files)));
    }

    @PostMapping("/scoring/assessments/{id}/explanation")
    String sendExplanation(@PathVariable long id, RedirectAttributes redirect) {
        return Web.run(redirect, texts, "/scoring/assessments/" + id, "scoring.flash.explanationSent",
                () -> self.submitExplanation(id));
    }

    @PostMapping("/scoring/items/{id}/not-applicable")
    String notApplicable(@PathVariable long id, @RequestParam boolean notApplicable,
                         @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return Web.run(redirect, texts, back(id), "scoring.flash.saved", () -> rounds.setNotApplicable(id, notApplicable, reason));
    }

    @PostMapping("/scoring/items/{id}/survey")
    String survey(@PathVariable long id, @RequestParam(required = false) String points,
                  @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return Web.run(redirect, texts, back(id), "scoring.flash.saved", () -> rounds.enterSurvey(id, points, reason));
    }
}
