package vn.cchc.inspection;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.cchc.directory.Unit;
import vn.cchc.page.Page;
import vn.cchc.security.UnitAccess;

import java.util.List;

/** The hits under a unit picker of the inspection forms (htmx, from {@value UnitPicks#MIN_TYPED} characters typed). */
@Controller
class UnitPickPages {

    private final UnitPicks picks;
    private final UnitAccess access;

    UnitPickPages(UnitPicks picks, UnitAccess access) {
        this.picks = picks;
        this.access = access;
    }

    @GetMapping("/inspections/unit-picks")
    String hits(@RequestParam String field, @RequestParam(required = false) String q, Model model) {
        if (!access.isStandingAgency()) {
            throw new AccessDeniedException("Chỉ cơ quan thường trực dùng các biểu mẫu kiểm tra và cuộc họp.");
        }
        if (!UnitPicks.isField(field)) {
            throw new ResponseStatusException(org.springframework.http.HttpStatus.BAD_REQUEST);
        }
        String text = q == null ? "" : q.strip();
        Page<Unit> hits = text.length() < UnitPicks.MIN_TYPED ? null : picks.matching(text);
        model.addAttribute("field", field);
        model.addAttribute("typed", hits != null);
        model.addAttribute("hits", hits == null ? List.of() : hits.items());
        model.addAttribute("moreHits", hits != null && hits.hasNext());
        return "inspection/unit-pick :: hits";
    }
}
