package vn.cchc.scoring;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.directory.Directory;
import vn.cchc.security.CurrentUser;
import vn.cchc.page.Crumb;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The scoring home page and criteria sets: tree, edit a draft, activate, copy to a year, Excel import and export. */
@Controller
class ScoringPages {

    private final CriteriaSets sets;
    private final CriteriaSheets sheets;
    private final ScoreRounds store;
    private final ScoringAccess access;
    private final ScoringTexts texts;
    private final Directory directory;

    ScoringPages(CriteriaSets sets, CriteriaSheets sheets, ScoreRounds store, ScoringAccess access, ScoringTexts texts,
                 Directory directory) {
        this.sets = sets;
        this.sheets = sheets;
        this.store = store;
        this.access = access;
        this.texts = texts;
        this.directory = directory;
    }

    /** A round on the home page, with what the signed-in user can do in it. */
    public record RoundLine(ScoreRound round, Assessment mine, List<String> areas) {
    }

    @GetMapping("/scoring")
    String index(Model model) {
        long unitId = CurrentUser.require().unitId();
        List<RoundLine> rounds = new ArrayList<>();
        for (ScoreRound r : store.rounds()) {
            rounds.add(new RoundLine(r, store.assessmentOf(r.id(), unitId).orElse(null), access.appraisedAreas(r.id())));
        }
        model.addAttribute("rounds", rounds);
        model.addAttribute("sets", sets.sets());
        model.addAttribute("manager", access.manager());
        model.addAttribute("seesAll", access.seesAll());
        model.addAttribute("breadcrumbs", List.of(new Crumb(texts.get("scoring.title"), "/scoring")));
        return "scoring/index";
    }

    @GetMapping("/scoring/sets/{id}")
    String set(@PathVariable long id, Model model) {
        ScoreSet set = sets.set(id).orElseThrow(Web::notFound);
        CriteriaTree tree = sets.tree(id);
        model.addAttribute("set", set);
        model.addAttribute("tree", tree);
        model.addAttribute("nodes", tree.flatten());
        model.addAttribute("areaCount", tree.count(1));
        model.addAttribute("criterionCount", tree.count(2));
        model.addAttribute("subCount", tree.count(3));
        model.addAttribute("leafCount", tree.leaves().size());
        model.addAttribute("max", tree.max());
        model.addAttribute("editable", set.draft() && access.manager());
        model.addAttribute("manager", access.manager());
        model.addAttribute("kinds", ItemKind.values());
        model.addAttribute("methods", Method.values());
        model.addAttribute("nextYear", set.year() + 1);
        model.addAttribute("breadcrumbs", List.of(new Crumb(texts.get("scoring.title"), "/scoring"),
                new Crumb(set.name(), "/scoring/sets/" + id)));
        return "scoring/set";
    }

    @PostMapping("/scoring/sets/{id}/criteria/{criterionId}")
    String editCriterion(@PathVariable long id, @PathVariable long criterionId, @RequestParam String name,
                         @RequestParam(required = false) String maxPoints, @RequestParam ItemKind kind,
                         @RequestParam Method method, @RequestParam(required = false) String allowedValues,
                         @RequestParam(required = false) String indicatorCode, @RequestParam(required = false) String threshold,
                         @RequestParam(required = false) String bands,
                         @RequestParam(defaultValue = "false") boolean evidenceRequired,
                         @RequestParam(required = false) String guidance, RedirectAttributes redirect) {
        return Web.run(redirect, texts, "/scoring/sets/" + id + "#c-" + criterionId, "scoring.flash.saved",
                () -> sets.updateCriterion(criterionId, new CriterionInput(0, null, name, ScoringTexts.parse(maxPoints),
                        kind, method, allowedValues, indicatorCode, ScoringTexts.parse(threshold), bands, evidenceRequired,
                        guidance)));
    }

    @PostMapping("/scoring/sets/{id}/activate")
    String activate(@PathVariable long id, RedirectAttributes redirect) {
        return Web.run(redirect, texts, "/scoring/sets/" + id, "scoring.flash.activated", () -> sets.activate(id));
    }

    @PostMapping("/scoring/sets/{id}/copy")
    String copy(@PathVariable long id, @RequestParam int year, RedirectAttributes redirect) {
        long[] created = {id};
        String target = Web.run(redirect, texts, "/scoring/sets/" + id, "scoring.flash.copied",
                () -> created[0] = sets.copy(id, year));
        return created[0] == id ? target : "redirect:/scoring/sets/" + created[0];
    }

    @GetMapping("/scoring/sets/{id}/export.xlsx")
    ResponseEntity<byte[]> export(@PathVariable long id) {
        ScoreSet set = sets.set(id).orElseThrow(Web::notFound);
        return Web.download(sheets.export(set, sets.inputs(id)), CriteriaSheets.CONTENT_TYPE,
                "bo-tieu-chi-" + set.year() + "-" + set.group().name().toLowerCase() + "-v" + set.version() + ".xlsx");
    }

    @PostMapping("/scoring/sets/import")
    String importSet(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
        access.requireManager();
        try {
            CriteriaSheets.Parsed parsed = sheets.read(EvidenceCheck.safeName(file.getOriginalFilename()), file.getBytes());
            long id = sets.create(parsed.header(), parsed.rows(), false, false, null);
            redirect.addFlashAttribute("flashSuccess", "scoring.flash.imported");
            return "redirect:/scoring/sets/" + id;
        } catch (ScoringException e) {
            redirect.addFlashAttribute("scoringError", texts.of(e));
            redirect.addFlashAttribute("scoringErrors", e.details());
            return "redirect:/scoring";
        }
    }
}
