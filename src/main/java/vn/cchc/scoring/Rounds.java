package vn.cchc.scoring;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.audit.AuditLog;
import vn.cchc.directory.Directory;
import vn.cchc.directory.UnitRef;
import vn.cchc.security.CchcUser;
import vn.cchc.security.CurrentUser;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The standing agency's side of a round: open, deadlines, not-applicable items, survey points, reopen, consolidate, publish. */
@Service
public class Rounds {

    static final String ROUND = "score_round";
    static final String ASSESSMENT = "score_assessment";
    static final String DEFAULT_BANDS = "90:Xuất sắc;80:Tốt;70:Khá;50:Trung bình;0:Yếu";

    public record RoundForm(int year, String name, Map<ScoringGroup, Long> sets, Map<ScoringGroup, String> bands,
                     List<Long> unitIds, LocalDate selfDeadline, LocalDate appraisalDeadline,
                     LocalDate explanationDeadline, Map<String, Long> appraisers, boolean demo) {
    }

    private final JdbcClient jdbc;
    private final ScoreRounds store;
    private final CriteriaSets sets;
    private final ScoringAccess access;
    private final AuditLog audit;
    private final ScoringTexts texts;
    private final Directory directory;
    private final Computation computation;
    private final ScoreChanges changes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Rounds(JdbcClient jdbc, ScoreRounds store, CriteriaSets sets, ScoringAccess access, AuditLog audit, ScoringTexts texts,
           Directory directory, Computation computation, ScoreChanges changes, ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.events = events;
        this.store = store;
        this.sets = sets;
        this.access = access;
        this.audit = audit;
        this.texts = texts;
        this.directory = directory;
        this.computation = computation;
        this.changes = changes;
    }

    @Transactional
    public long open(RoundForm f) {
        access.requireManager();
        List<String> problems = new ArrayList<>();
        if (f.name() == null || f.name().isBlank()) {
            problems.add(texts.get("scoring.round.noName"));
        }
        if (f.selfDeadline() == null || f.appraisalDeadline() == null || f.explanationDeadline() == null) {
            problems.add(texts.get("scoring.round.noDeadlines"));
        } else if (f.selfDeadline().isAfter(f.appraisalDeadline()) || f.appraisalDeadline().isAfter(f.explanationDeadline())) {
            problems.add(texts.get("scoring.round.deadlineOrder"));
        }
        Map<ScoringGroup, ScoreSet> chosen = new LinkedHashMap<>();
        Map<ScoringGroup, CriteriaTree> trees = new LinkedHashMap<>();
        f.sets().forEach((group, setId) -> {
            if (setId == null) {
                return;
            }
            ScoreSet s = sets.set(setId).orElse(null);
            if (s == null || !s.active() || s.group() != group || s.year() != f.year()) {
                problems.add(texts.get("scoring.round.badSet", texts.get("scoring.group." + group), String.valueOf(f.year())));
            } else {
                chosen.put(group, s);
                trees.put(group, sets.tree(setId));
            }
        });
        if (chosen.isEmpty()) {
            problems.add(texts.get("scoring.round.noSet"));
        }
        Map<ScoringGroup, String> bands = new LinkedHashMap<>();
        for (ScoringGroup g : chosen.keySet()) {
            String b = f.bands() == null || f.bands().get(g) == null || f.bands().get(g).isBlank()
                    ? DEFAULT_BANDS : f.bands().get(g).trim();
            try {
                Bands.parse(b);
                bands.put(g, b);
            } catch (ScoringException e) {
                problems.add(texts.of(e));
            }
        }
        List<UnitRef> units = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(f.unitIds() == null ? List.<Long>of() : f.unitIds())) {
            UnitRef u = directory.findById(id).orElse(null);
            if (u == null) {
                continue;
            }
            ScoringGroup g = ScoringGroup.of(u.kind()).orElse(null);
            if (g == null || !chosen.containsKey(g)) {
                problems.add(texts.get("scoring.round.unitWithoutSet", u.name()));
            } else {
                units.add(u);
            }
        }
        if (units.isEmpty()) {
            problems.add(texts.get("scoring.round.noUnits"));
        }
        Set<String> areaCodes = new java.util.TreeSet<>();
        trees.values().forEach(t -> t.areas().forEach(a -> areaCodes.add(a.criterion().code())));
        for (String code : areaCodes) {
            Long unitId = f.appraisers() == null ? null : f.appraisers().get(code);
            if (unitId == null || directory.findById(unitId).isEmpty()) {
                problems.add(texts.get("scoring.round.noAppraiser", code));
            }
        }
        if (!problems.isEmpty()) {
            throw new ScoringException("scoring.round.rejected", problems);
        }
        long roundId = jdbc.sql("""
                        insert into score_round (year, name, self_deadline, appraisal_deadline, explanation_deadline, demo, opened_by,
                            opened_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(f.year(), f.name().trim(), f.selfDeadline(), f.appraisalDeadline(), f.explanationDeadline(), f.demo(),
                        CriteriaSets.actor(), java.time.OffsetDateTime.now(clock))
                .query(Long.class).single();
        chosen.forEach((g, s) -> jdbc.sql("insert into score_round_set (round_id, unit_group, set_id, bands) values (?, ?, ?, ?)")
                .params(roundId, g.name(), s.id(), bands.get(g)).update());
        for (String code : areaCodes) {
            jdbc.sql("insert into score_round_area (round_id, area_code, appraiser_unit_id) values (?, ?, ?)")
                    .params(roundId, code, f.appraisers().get(code)).update();
        }
        for (UnitRef u : units) {
            ScoringGroup g = ScoringGroup.of(u.kind()).orElseThrow();
            ScoreSet s = chosen.get(g);
            long assessmentId = jdbc.sql("insert into score_assessment (round_id, unit_id, set_id) values (?, ?, ?) returning id")
                    .params(roundId, u.id(), s.id()).query(Long.class).single();
            for (CriteriaTree.Node leaf : trees.get(g).leaves()) {
                jdbc.sql("insert into score_item (assessment_id, criterion_id) values (?, ?)")
                        .params(assessmentId, leaf.criterion().id()).update();
            }
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("year", f.year());
        after.put("name", f.name());
        after.put("sets", chosen.values().stream().map(ScoreSet::id).toList());
        after.put("units", units.stream().map(UnitRef::code).toList());
        after.put("deadlines", List.of(f.selfDeadline().toString(), f.appraisalDeadline().toString(),
                f.explanationDeadline().toString()));
        after.put("appraisers", f.appraisers());
        audit.created(ROUND, roundId, after, texts.get("scoring.audit.roundOpened", f.name(), String.valueOf(units.size())));
        for (Assessment a : store.assessments(roundId)) {
            refreshComputed(a, f.year());
        }
        return roundId;
    }

    /** Fills computed items from the score sources; a change is recorded, an unchanged value is not. */
    @Transactional
    void refreshComputed(Assessment a, int year) {
        CriteriaTree tree = sets.tree(a.setId());
        String unit = unitName(a.unitId());
        for (ScoreItem item : store.items(a.id())) {
            Criterion c = tree.node(item.criterionId()).criterion();
            if (!c.computed() || item.notApplicable()) {
                continue;
            }
            Computation.Result r = computation.compute(c, a.unitId(), year);
            if (r.points() == null) {
                jdbc.sql("update score_item set computed_detail = ? where id = ?").params(r.detail(), item.id()).update();
                continue;
            }
            boolean same = item.selfPoints() != null && item.selfPoints().compareTo(r.points()) == 0 && !item.manualOverride();
            jdbc.sql("update score_item set self_points = ?, computed_detail = ?, manual_override = false where id = ?")
                    .params(r.points(), r.detail(), item.id()).update();
            if (!same) {
                changes.record(item, unit + " · " + c.code(), "COMPUTED", item.selfPoints(), r.points(), r.detail(),
                        Map.of(), Map.of("detail", r.detail()));
            }
        }
    }

    @Transactional
    void changeDeadlines(long roundId, LocalDate self, LocalDate appraisal, LocalDate explanation, String reason) {
        access.requireManager();
        ScoreRound r = requireOpen(roundId);
        if (reason == null || reason.isBlank()) {
            throw new ScoringException("scoring.reason.required");
        }
        if (self == null || appraisal == null || explanation == null) {
            throw new ScoringException("scoring.round.noDeadlines");
        }
        if (self.isAfter(appraisal) || appraisal.isAfter(explanation)) {
            throw new ScoringException("scoring.round.deadlineOrder");
        }
        jdbc.sql("update score_round set self_deadline = ?, appraisal_deadline = ?, explanation_deadline = ? where id = ?")
                .params(self, appraisal, explanation, roundId).update();
        audit.updated(ROUND, roundId,
                Map.of("deadlines", List.of(r.selfDeadline().toString(), r.appraisalDeadline().toString(), r.explanationDeadline().toString())),
                Map.of("deadlines", List.of(self.toString(), appraisal.toString(), explanation.toString()), "reason", reason.trim()),
                texts.get("scoring.audit.deadlines", r.name(), reason.trim()));
    }

    /** Marks a leaf criterion not applicable to the unit (or applicable again); the index then uses the applicable maximum. */
    @Transactional
    void setNotApplicable(long itemId, boolean notApplicable, String reason) {
        access.requireManager();
        ScoreItem item = store.requireItem(itemId);
        Assessment a = store.requireAssessment(item.assessmentId());
        requireOpen(a.roundId());
        if (notApplicable && (reason == null || reason.isBlank())) {
            throw new ScoringException("scoring.reason.required");
        }
        Criterion c = sets.criterion(item.criterionId()).orElseThrow();
        jdbc.sql("update score_item set not_applicable = ?, not_applicable_reason = ? where id = ?")
                .params(notApplicable, notApplicable ? reason.trim() : null, itemId).update();
        changes.record(item, unitName(a.unitId()) + " · " + c.code(), notApplicable ? "NOT_APPLICABLE" : "APPLICABLE",
                item.finalPoints(), notApplicable ? null : item.finalPoints(), reason == null ? null : reason.trim(),
                Map.of("notApplicable", item.notApplicable()), Map.of("notApplicable", notApplicable));
    }

    /** Survey points (điều tra xã hội học), entered per unit and criterion by the standing agency. */
    @Transactional
    public void enterSurvey(long itemId, String pointsText, String reason) {
        access.requireManager();
        ScoreItem item = store.requireItem(itemId);
        Assessment a = store.requireAssessment(item.assessmentId());
        requireOpen(a.roundId());
        Criterion c = sets.criterion(item.criterionId()).orElseThrow();
        if (c.method() != Method.SURVEY) {
            throw new ScoringException("scoring.survey.notSurvey", c.code());
        }
        BigDecimal p = Points.valid(c, ScoringTexts.parse(pointsText));
        if (p == null) {
            throw new ScoringException("scoring.points.required", c.code());
        }
        jdbc.sql("update score_item set self_points = ?, appraised_points = ?, appraised_by = ?, appraised_at = now() where id = ?")
                .params(p, p, CriteriaSets.actor(), itemId).update();
        changes.record(item, unitName(a.unitId()) + " · " + c.code(), "SURVEY", item.finalPoints(), p,
                reason == null || reason.isBlank() ? null : reason.trim(), Map.of(), Map.of());
    }

    /** Gives a submitted self-assessment back to the unit, with the reason and a new deadline. */
    @Transactional
    void reopen(long assessmentId, String reason, LocalDate newDeadline) {
        access.requireManager();
        Assessment a = store.requireAssessment(assessmentId);
        ScoreRound r = requireOpen(a.roundId());
        if (reason == null || reason.isBlank()) {
            throw new ScoringException("scoring.reason.required");
        }
        if (newDeadline == null || newDeadline.isBefore(LocalDate.now(clock))) {
            throw new ScoringException("scoring.reopen.badDeadline");
        }
        store.returnAssessmentForCorrection(a, newDeadline);
        jdbc.sql("insert into score_reopen (assessment_id, reason, new_deadline, actor) values (?, ?, ?, ?)")
                .params(assessmentId, reason.trim(), newDeadline, CriteriaSets.actor()).update();
        audit.updated(ASSESSMENT, assessmentId, Map.of("status", a.status()),
                Map.of("status", "DRAFT", "deadline", newDeadline.toString(), "reason", reason.trim()),
                texts.get("scoring.audit.reopened", unitName(a.unitId()), r.name(), reason.trim()));
        events.publishEvent(new SelfAssessmentReturned(assessmentId, r.id(), a.unitId(), CurrentUser.require().id(), reason.trim()));
    }

    /** The appraising department declares its area done: every item appraised, no explanation left undecided. */
    @Transactional
    public void finaliseArea(long roundId, String areaCode) {
        ScoreRound r = requireOpen(roundId);
        access.requireAppraise(roundId, areaCode);
        ScoreRound.Area area = store.area(roundId, areaCode).orElseThrow(() -> new ScoringException("scoring.area.notFound"));
        area.requireFinalisable();
        LocalDate today = LocalDate.now(clock);
        List<String> open = new ArrayList<>();
        Map<Long, Assessment> byId = new LinkedHashMap<>();
        store.assessments(roundId).forEach(a -> byId.put(a.id(), a));
        for (ScoreItem item : store.itemsOfArea(roundId, areaCode)) {
            Assessment a = byId.get(item.assessmentId());
            Criterion c = sets.criterion(item.criterionId()).orElseThrow();
            if (item.notApplicable()) {
                continue;
            }
            String label = unitName(a.unitId()) + " · " + c.code();
            if (c.method() == Method.SURVEY) {
                continue;
            }
            if (!item.appraised()) {
                open.add(texts.get("scoring.finalise.notAppraised", label));
            } else if (item.explanationPending()) {
                boolean unitCanStillAnswer = item.explanationAnswer() == null && !a.explanationLocked()
                        && !today.isAfter(r.explanationDeadline());
                if (item.explanationAnswer() != null || unitCanStillAnswer) {
                    open.add(texts.get("scoring.finalise.explanationOpen", label));
                }
            }
        }
        if (!open.isEmpty()) {
            throw new ScoringException("scoring.finalise.rejected", open);
        }
        store.finaliseArea(roundId, areaCode, CriteriaSets.actor());
        audit.updated(ROUND, roundId, Map.of("area", areaCode, "finalised", false), Map.of("area", areaCode, "finalised", true),
                texts.get("scoring.audit.areaFinalised", areaCode, r.name()));
        events.publishEvent(new AppraisalFinished(roundId, areaCode, area.appraiserUnitId(), CurrentUser.require().id()));
    }

    @Transactional
    public void consolidate(long roundId) {
        access.requireManager();
        ScoreRound r = store.requireRound(roundId);
        r.consolidate();
        List<String> open = new ArrayList<>();
        store.areas(roundId).stream().filter(a -> !a.finalised())
                .forEach(a -> open.add(texts.get("scoring.consolidate.areaOpen", a.areaCode())));
        for (Assessment a : store.assessments(roundId)) {
            for (ScoreItem item : store.items(a.id())) {
                Criterion c = sets.criterion(item.criterionId()).orElseThrow();
                if (c.method() == Method.SURVEY && !item.notApplicable() && item.appraisedPoints() == null) {
                    open.add(texts.get("scoring.consolidate.surveyMissing", unitName(a.unitId()) + " · " + c.code()));
                }
            }
        }
        if (!open.isEmpty()) {
            throw new ScoringException("scoring.consolidate.rejected", open);
        }
        store.consolidate(roundId, CriteriaSets.actor());
        audit.updated(ROUND, roundId, Map.of("status", r.status()), Map.of("status", "CONSOLIDATED"),
                texts.get("scoring.audit.consolidated", r.name()));
    }

    @Transactional
    public void publish(long roundId, String decisionRef) {
        if (!access.canPublish()) {
            throw new org.springframework.security.access.AccessDeniedException("scoring.publish");
        }
        ScoreRound r = store.requireRound(roundId);
        r.publish();
        if (decisionRef == null || decisionRef.isBlank()) {
            throw new ScoringException("scoring.publish.noDecision");
        }
        store.publish(roundId, CriteriaSets.actor(), decisionRef.trim());
        audit.updated(ROUND, roundId, Map.of("status", r.status()),
                Map.of("status", "PUBLISHED", "decision", decisionRef.trim()),
                texts.get("scoring.audit.published", r.name(), decisionRef.trim()));
        CchcUser user = CurrentUser.require();
        events.publishEvent(new RoundPublished(roundId, r.year(), decisionRef.trim(), user.unitId(), user.id()));
    }

    private ScoreRound requireOpen(long roundId) {
        ScoreRound r = store.requireRound(roundId);
        if (!r.open()) {
            throw ScoringException.locked("scoring.round.closed");
        }
        return r;
    }

    String unitName(long unitId) {
        return directory.findById(unitId).map(UnitRef::name).orElse(String.valueOf(unitId));
    }
}
