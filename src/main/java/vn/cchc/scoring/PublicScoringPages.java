package vn.cchc.scoring;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The public ranking: only published rounds, only totals, indices, ranks and bands (no self-assessment, no evidence). */
@Controller
class PublicScoringPages {

    private final RoundStore store;
    private final Results results;

    PublicScoringPages(RoundStore store, Results results) {
        this.store = store;
        this.results = results;
    }

    @GetMapping("/public/scoring")
    String index(Model model) {
        model.addAttribute("rounds", store.published());
        return "scoring/public-index";
    }

    @GetMapping("/public/scoring/{id}")
    String ranking(@PathVariable long id, Model model) {
        ScoreRound round = store.round(id).filter(ScoreRound::published).orElseThrow(Web::notFound);
        Map<ScoringGroup, List<Results.UnitResult>> byGroup = new EnumMap<>(ScoringGroup.class);
        results.of(id).forEach(r -> byGroup.computeIfAbsent(r.group(), g -> new ArrayList<>()).add(r));
        model.addAttribute("round", round);
        model.addAttribute("byGroup", byGroup);
        return "scoring/public-ranking";
    }
}
