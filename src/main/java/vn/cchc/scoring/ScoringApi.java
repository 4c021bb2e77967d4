package vn.cchc.scoring;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.math.BigDecimal;
import java.util.List;

/** Scoring over HTTP (Basic auth): rounds, results, a unit's items, self-scoring and appraisal. */
@RestController
@RequestMapping(path = "/api/v1/scoring", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Chỉ số CCHC", description = "Bộ tiêu chí, đợt chấm điểm, tự chấm, thẩm định, kết quả xếp hạng")
class ScoringApi {

    private final ScoreRounds store;
    private final Results results;
    private final SelfAssessments self;
    private final Appraisals appraisals;
    private final ScoringAccess access;
    private final CriteriaSets sets;

    ScoringApi(ScoreRounds store, Results results, SelfAssessments self, Appraisals appraisals, ScoringAccess access,
               CriteriaSets sets) {
        this.store = store;
        this.results = results;
        this.self = self;
        this.appraisals = appraisals;
        this.access = access;
        this.sets = sets;
    }

    record RoundSummary(long id, int year, String name, String status, String selfDeadline, String appraisalDeadline,
                        String explanationDeadline) {
    }

    record ItemView(long id, String code, String name, BigDecimal maxPoints, String method, boolean notApplicable,
                    BigDecimal selfPoints, String selfNote, String computedDetail, BigDecimal appraisedPoints,
                    String appraisalReason, String explanationRequest, String explanationAnswer, String explanationOutcome) {
    }

    record SelfScore(String points, String note, String evidenceExplanation) {
    }

    record Appraisal(String points, String reason, String explanationRequest) {
    }

    @GetMapping("/rounds")
    @Operation(summary = "Các đợt chấm điểm", description = "Năm, trạng thái (OPEN, CONSOLIDATED, PUBLISHED) và các hạn.")
    List<RoundSummary> rounds() {
        return store.rounds().stream().map(r -> new RoundSummary(r.id(), r.year(), r.name(), r.status(),
                r.selfDeadline().toString(), r.appraisalDeadline().toString(), r.explanationDeadline().toString())).toList();
    }

    @GetMapping("/rounds/{id}/results")
    @Operation(summary = "Kết quả, xếp hạng", description = "Tổng điểm, chỉ số theo điểm tối đa áp dụng, hạng trong nhóm, xếp loại. "
            + "Trước khi công bố chỉ Sở Nội vụ và lãnh đạo được xem.")
    List<Results.UnitResult> results(@PathVariable long id) {
        ScoreRound round = store.round(id).orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
        if (!access.seesAll() && !round.published()) {
            throw new AccessDeniedException("scoring.results");
        }
        return results.of(id);
    }

    @GetMapping("/assessments/{id}/items")
    @Operation(summary = "Điểm từng tiêu chí của một đơn vị", description = "Đơn vị khác không xem được trước khi công bố.")
    List<ItemView> items(@PathVariable long id) {
        Assessment a = store.requireAssessment(id);
        access.requireView(a, store.requireRound(a.roundId()));
        CriteriaTree tree = sets.tree(a.setId());
        return store.items(id).stream().map(i -> {
            Criterion c = tree.node(i.criterionId()).criterion();
            return new ItemView(i.id(), c.code(), c.name(), c.maxPoints(), c.method().name(), i.notApplicable(),
                    i.selfPoints(), i.selfNote(), i.computedDetail(), i.appraisedPoints(), i.appraisalReason(),
                    i.explanationRequest(), i.explanationAnswer(), i.explanationOutcome());
        }).toList();
    }

    @PutMapping(path = "/items/{id}/self", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Tự chấm một tiêu chí", description = "Chỉ cán bộ của đơn vị, trước hạn tự chấm và trước khi chốt điểm. "
            + "Điểm vượt tối đa hoặc không thuộc các mức cho phép bị từ chối (400); đã khóa hoặc quá hạn: 409.")
    void selfScore(@PathVariable long id, @RequestBody SelfScore body) {
        self.score(id, body.points(), body.note(), body.evidenceExplanation(), List.of());
    }

    @PostMapping(path = "/items/{id}/appraisal", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Thẩm định một tiêu chí", description = "Chỉ đơn vị thẩm định lĩnh vực đó; điểm để trống là giữ điểm tự chấm; "
            + "thay đổi điểm phải có lý do.")
    void appraise(@PathVariable long id, @RequestBody Appraisal body) {
        appraisals.appraise(id, body.points(), body.reason(), body.explanationRequest());
    }
}
