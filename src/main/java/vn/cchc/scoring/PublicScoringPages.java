package vn.cchc.scoring;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.cchc.page.Page;
import vn.cchc.page.PageRequest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The public ranking: only published rounds, only totals, indices, ranks and bands (no self-assessment, no evidence). */
@Controller
class PublicScoringPages {

    private final ScoreRounds store;
    private final Results results;

    PublicScoringPages(ScoreRounds store, Results results) {
        this.store = store;
        this.results = results;
    }

    @GetMapping("/public/scoring")
    String index(Model model) {
        model.addAttribute("rounds", store.published());
        return "scoring/public-index";
    }

    /** Each group's first page of the ranking; the rest a page at a time ({@link #rows}). */
    @GetMapping("/public/scoring/{id}")
    String ranking(@PathVariable long id, Model model) {
        ScoreRound round = store.round(id).filter(ScoreRound::published).orElseThrow(Web::notFound);
        Map<ScoringGroup, Page<Results.UnitResult>> byGroup = new EnumMap<>(ScoringGroup.class);
        byGroup(id).forEach((g, all) -> byGroup.put(g, page(all, PageRequest.first())));
        model.addAttribute("round", round);
        model.addAttribute("byGroup", byGroup);
        return "scoring/public-ranking";
    }

    @GetMapping("/public/scoring/{id}/rows")
    String rows(@PathVariable long id, @RequestParam ScoringGroup group, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) Integer size, Model model) {
        ScoreRound round = store.round(id).filter(ScoreRound::published).orElseThrow(Web::notFound);
        model.addAttribute("round", round);
        model.addAttribute("group", group);
        model.addAttribute("rows", page(byGroup(id).getOrDefault(group, List.of()), PageRequest.of(page, size)));
        return "scoring/public-ranking :: rows";
    }

    /** One unit's published result area by area: the appraised points, the maximum and the index of each area. */
    @GetMapping("/public/scoring/{id}/units/{code}")
    String unit(@PathVariable long id, @PathVariable String code, Model model) {
        ScoreRound round = store.round(id).filter(ScoreRound::published).orElseThrow(Web::notFound);
        Results.UnitResult result = results.of(id).stream().filter(r -> r.unit().code().equals(code)).findFirst()
                .orElseThrow(Web::notFound);
        model.addAttribute("round", round);
        model.addAttribute("r", result);
        return "scoring/public-unit";
    }

    private Map<ScoringGroup, List<Results.UnitResult>> byGroup(long id) {
        Map<ScoringGroup, List<Results.UnitResult>> byGroup = new EnumMap<>(ScoringGroup.class);
        results.of(id).forEach(r -> byGroup.computeIfAbsent(r.group(), g -> new ArrayList<>()).add(r));
        return byGroup;
    }

    private static Page<Results.UnitResult> page(List<Results.UnitResult> all, PageRequest request) {
        int from = Math.min(request.offset(), all.size());
        return Page.of(all.subList(from, Math.min(from + request.limitPlusOne(), all.size())), request);
    }
}
