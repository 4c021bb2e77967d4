package vn.cchc.scoring;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.security.CurrentUser;

import java.time.Clock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The appraiser's side: accept or change each score of their area (a reason for any change), ask for explanations, decide them. */
@Service
public class Appraisals {

    private final JdbcClient jdbc;
    private final ScoreRounds store;
    private final CriteriaSets sets;
    private final ScoringAccess access;
    private final ScoreChanges changes;
    private final Rounds rounds;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Appraisals(JdbcClient jdbc, ScoreRounds store, CriteriaSets sets, ScoringAccess access, ScoreChanges changes,
               Rounds rounds, ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.events = events;
        this.store = store;
        this.sets = sets;
        this.access = access;
        this.changes = changes;
        this.rounds = rounds;
    }

    private record Context(ScoreItem item, Assessment assessment, ScoreRound round, Criterion criterion, String label) {
    }

    private Context context(long itemId) {
        ScoreItem item = store.requireItem(itemId);
        Assessment a = store.requireAssessment(item.assessmentId());
        ScoreRound r = store.requireRound(a.roundId());
        Criterion c = sets.criterion(item.criterionId()).orElseThrow();
        String area = c.code().split("\\.")[0];
        access.requireAppraise(r.id(), area, a.unitId());
        if (!r.open()) {
            throw ScoringException.locked("scoring.round.closed");
        }
        if (store.area(r.id(), area).map(ScoreRound.Area::finalised).orElse(false)) {
            throw ScoringException.locked("scoring.area.finalised", area);
        }
        if (item.notApplicable()) {
            throw ScoringException.locked("scoring.item.notApplicable", c.code());
        }
        if (c.method() == Method.SURVEY) {
            throw new ScoringException("scoring.survey.notAppraised", c.code());
        }
        return new Context(item, a, r, c, rounds.unitName(a.unitId()) + " · " + c.code());
    }

    /**
     * Accepts (blank points = the self-score) or changes a score; a change needs a reason. A request for an
     * explanation may go with it. Only before the appraisal deadline, and only once the unit has submitted
     * (or its self-scoring deadline has passed).
     */
    @Transactional
    public void appraise(long itemId, String pointsText, String reason, String explanationRequest) {
        Context x = context(itemId);
        if (!x.assessment().submitted() && !LocalDate.now(clock).isAfter(x.assessment().selfDeadline(x.round()))) {
            throw ScoringException.locked("scoring.appraise.notSubmitted");
        }
        if (LocalDate.now(clock).isAfter(x.round().appraisalDeadline())) {
            throw ScoringException.locked("scoring.deadline.appraisal", ScoringTexts.dmy(x.round().appraisalDeadline()));
        }
        if (x.item().explanationOutcome() != null) {
            throw ScoringException.locked("scoring.explanation.decided", x.criterion().code());
        }
        BigDecimal given = ScoringTexts.parse(pointsText);
        BigDecimal points = given == null ? x.item().selfPoints() : Points.valid(x.criterion(), given);
        if (points == null) {
            throw new ScoringException("scoring.points.required", x.criterion().code());
        }
        String why = CriteriaSets.blankToNull(reason);
        boolean changed = !SelfAssessments.same(points, x.item().selfPoints());
        if (changed && why == null) {
            throw new ScoringException("scoring.appraise.reasonRequired", x.criterion().code());
        }
        String request = CriteriaSets.blankToNull(explanationRequest);
        if (request != null && x.assessment().explanationLocked()) {
            throw ScoringException.locked("scoring.explanation.locked");
        }
        // An explanation is requested once per item: the unit answers that request.
        if (request != null && x.item().explanationRequest() != null) {
            throw ScoringException.locked("scoring.explanation.alreadyRequested", x.criterion().code());
        }
        BigDecimal before = x.item().finalPoints();
        // Conditioned on the appraisal and request as read: of concurrent appraisals of one item only the first counts.
        int moved = jdbc.sql("""
                        update score_item set appraised_points = ?, appraisal_reason = ?, appraised_by = ?, appraised_at = now(),
                            explanation_request = coalesce(?, explanation_request),
                            explanation_requested_by = case when cast(? as text) is null then explanation_requested_by else ? end
                        where id = ? and appraised_at is not distinct from ? and explanation_request is not distinct from ?""")
                .params(points, why, CriteriaSets.actor(), request, request, CriteriaSets.actor(), itemId,
                        x.item().appraisedAt(), x.item().explanationRequest()).update();
        if (moved == 0) {
            throw ScoringException.locked("scoring.item.changedMeanwhile", x.criterion().code());
        }
        changes.record(x.item(), x.label(), "APPRAISAL", before, points, why, Map.of(), Map.of());
        if (request != null) {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("request", x.item().explanationRequest());
            changes.recordOther(x.item(), x.label(), "REQUEST", b, Map.of("request", request));
            if (x.item().explanationRequest() == null) {
                events.publishEvent(new ExplanationRequested(itemId, x.assessment().id(), x.round().id(), x.assessment().unitId(),
                        CurrentUser.require().id()));
            }
        }
    }

    /**
     * Accepts in one step every self-score of the area that is not appraised yet, for the units whose
     * self-assessment the appraiser may see (submitted, or past its deadline); each item is recorded as an
     * accepted step, exactly as {@link #appraise} with blank points would. Items the appraiser changed, survey
     * items, not-applicable and unscored items are left alone. Returns how many items were accepted.
     */
    @Transactional
    public int acceptRemaining(long roundId, String areaCode) {
        ScoreRound r = store.requireRound(roundId);
        access.requireAppraise(roundId, areaCode);
        if (!r.open()) {
            throw ScoringException.locked("scoring.round.closed");
        }
        if (store.area(roundId, areaCode).map(ScoreRound.Area::finalised).orElse(false)) {
            throw ScoringException.locked("scoring.area.finalised", areaCode);
        }
        if (LocalDate.now(clock).isAfter(r.appraisalDeadline())) {
            throw ScoringException.locked("scoring.deadline.appraisal", ScoringTexts.dmy(r.appraisalDeadline()));
        }
        Map<Long, Assessment> assessments = new LinkedHashMap<>();
        store.assessments(roundId).forEach(a -> assessments.put(a.id(), a));
        Map<Long, CriteriaTree> trees = new java.util.HashMap<>();
        Map<Long, String> units = new java.util.HashMap<>();
        int accepted = 0;
        for (ScoreItem item : store.itemsOfArea(roundId, areaCode)) {
            Assessment a = assessments.get(item.assessmentId());
            if (item.appraised() || item.notApplicable() || item.selfPoints() == null
                    || (!a.submitted() && !LocalDate.now(clock).isAfter(a.selfDeadline(r)))
                    || !access.canAppraise(roundId, areaCode, a.unitId())) {
                continue;
            }
            Criterion c = trees.computeIfAbsent(a.setId(), sets::tree).node(item.criterionId()).criterion();
            if (c.method() == Method.SURVEY) {
                continue;
            }
            jdbc.sql("update score_item set appraised_points = self_points, appraisal_reason = null, appraised_by = ?, "
                    + "appraised_at = now() where id = ?").params(CriteriaSets.actor(), item.id()).update();
            String unit = units.computeIfAbsent(a.unitId(), rounds::unitName);
            changes.record(item, unit + " · " + c.code(), "APPRAISAL", item.finalPoints(), item.selfPoints(), null,
                    Map.of(), Map.of());
            accepted++;
        }
        return accepted;
    }

    /**
     * Second appraisal: decides an explanation. Accepted: the score becomes the given points or, if blank, the
     * self-score. Not accepted: the appraised score stays unless points are given. A reason is always required.
     */
    @Transactional
    public void decideExplanation(long itemId, boolean accepted, String pointsText, String reason) {
        Context x = context(itemId);
        if (!x.item().explanationRequested()) {
            throw new ScoringException("scoring.explanation.notRequested", x.criterion().code());
        }
        if (x.item().explanationOutcome() != null) {
            throw ScoringException.locked("scoring.explanation.decided", x.criterion().code());
        }
        boolean unitMayStillAnswer = x.item().explanationAnswer() == null && !x.assessment().explanationLocked()
                && !LocalDate.now(clock).isAfter(x.round().explanationDeadline());
        if (unitMayStillAnswer) {
            throw ScoringException.locked("scoring.explanation.awaiting", x.criterion().code());
        }
        String why = CriteriaSets.blankToNull(reason);
        if (why == null) {
            throw new ScoringException("scoring.reason.required");
        }
        BigDecimal given = Points.valid(x.criterion(), ScoringTexts.parse(pointsText));
        BigDecimal points = given != null ? given : accepted ? x.item().selfPoints() : x.item().appraisedPoints();
        BigDecimal before = x.item().finalPoints();
        int decided = jdbc.sql("""
                        update score_item set appraised_points = ?, appraisal_reason = ?, appraised_by = ?, appraised_at = now(),
                            explanation_outcome = ? where id = ? and explanation_outcome is null""")
                .params(points, why, CriteriaSets.actor(), accepted ? "ACCEPTED" : "REJECTED", itemId).update();
        if (decided == 0) {
            throw ScoringException.locked("scoring.explanation.decided", x.criterion().code());
        }
        changes.record(x.item(), x.label(), "EXPLANATION", before, points, why, Map.of("outcome", "PENDING"),
                Map.of("outcome", accepted ? "ACCEPTED" : "REJECTED"));
    }
}
