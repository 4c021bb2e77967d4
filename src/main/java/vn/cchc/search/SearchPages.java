package vn.cchc.search;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.cchc.page.Crumb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The results of the header's search box: the best hits of every source, ranked together. */
@Controller
class SearchPages {

    /** Each source gives at most this many, so one kind cannot crowd out the others. */
    static final int PER_SOURCE = 10;
    static final int MAX_HITS = 30;

    private final List<SearchSource> sources;
    private final WordExpansions expansions;
    private final MessageSource messages;

    SearchPages(List<SearchSource> sources, ObjectProvider<WordExpansions> expansions, MessageSource messages) {
        this.sources = sources;
        this.expansions = expansions.getIfAvailable(() -> w -> List.of());
        this.messages = messages;
    }

    @GetMapping("/search")
    String search(@RequestParam(name = "q", required = false) String q, Model model) {
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("breadcrumbs", List.of(new Crumb(
                messages.getMessage("search.title", null, LocaleContextHolder.getLocale()), "/search")));
        Optional<SearchTerms> terms = SearchTerms.of(q, expansions);
        if (terms.isEmpty()) {
            // nothing is queried for an empty or one-letter term: it would match nearly every row
            model.addAttribute("tooShort", q != null && !q.isBlank());
            model.addAttribute("hits", List.of());
            return "search/results";
        }
        List<SearchHit> hits = new ArrayList<>();
        for (SearchSource source : sources) {
            hits.addAll(source.search(terms.get(), PER_SOURCE));
        }
        hits.sort(Comparator.comparingDouble(SearchHit::rank).reversed().thenComparing(SearchHit::kind));
        model.addAttribute("hits", hits.size() > MAX_HITS ? hits.subList(0, MAX_HITS) : hits);
        model.addAttribute("searched", true);
        return "search/results";
    }
}
