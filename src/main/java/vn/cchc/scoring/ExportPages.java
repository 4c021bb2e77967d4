package vn.cchc.scoring;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.cchc.directory.Directory;
import vn.cchc.directory.UnitRef;
import vn.cchc.document.OfficialDocx;

/** Downloads: ranking (Excel, Word), a unit's score sheet (Excel, Word), a unit's evidence (zip). */
@Controller
class ExportPages {

    private final ScoringExports exports;
    private final ScoreRounds store;
    private final ScoringAccess access;
    private final Directory directory;

    ExportPages(ScoringExports exports, ScoreRounds store, ScoringAccess access, Directory directory) {
        this.exports = exports;
        this.store = store;
        this.access = access;
        this.directory = directory;
    }

    private ScoreRound rankingRound(long id) {
        ScoreRound round = store.round(id).orElseThrow(Web::notFound);
        if (!access.seesAll() && !round.published()) {
            throw new AccessDeniedException("scoring.results");
        }
        return round;
    }

    @GetMapping("/scoring/rounds/{id}/ranking.xlsx")
    ResponseEntity<byte[]> rankingXlsx(@PathVariable long id) {
        ScoreRound round = rankingRound(id);
        return Web.download(exports.rankingXlsx(round), CriteriaSheets.CONTENT_TYPE, "xep-hang-cchc-" + round.year() + ".xlsx");
    }

    @GetMapping("/scoring/rounds/{id}/ranking.docx")
    ResponseEntity<byte[]> rankingDocx(@PathVariable long id) {
        ScoreRound round = rankingRound(id);
        return Web.download(exports.rankingDocx(round), OfficialDocx.CONTENT_TYPE, "xep-hang-cchc-" + round.year() + ".docx");
    }

    private Assessment viewable(long id) {
        Assessment a = store.assessment(id).orElseThrow(Web::notFound);
        access.requireView(a, store.requireRound(a.roundId()));
        return a;
    }

    private String base(Assessment a) {
        ScoreRound round = store.requireRound(a.roundId());
        String code = directory.findById(a.unitId()).map(UnitRef::code).orElse("don-vi").toLowerCase();
        return "chi-so-cchc-" + round.year() + "-" + code;
    }

    @GetMapping("/scoring/assessments/{id}/sheet.xlsx")
    ResponseEntity<byte[]> sheetXlsx(@PathVariable long id) {
        Assessment a = viewable(id);
        return Web.download(exports.sheetXlsx(a), CriteriaSheets.CONTENT_TYPE, base(a) + ".xlsx");
    }

    @GetMapping("/scoring/assessments/{id}/sheet.docx")
    ResponseEntity<byte[]> sheetDocx(@PathVariable long id) {
        Assessment a = viewable(id);
        return Web.download(exports.sheetDocx(a), OfficialDocx.CONTENT_TYPE, base(a) + ".docx");
    }

    @GetMapping("/scoring/assessments/{id}/evidence.zip")
    ResponseEntity<byte[]> evidenceZip(@PathVariable long id) {
        Assessment a = viewable(id);
        return Web.download(exports.evidenceZip(a), "application/zip", base(a) + "-tai-lieu-kiem-chung.zip");
    }
}
