package vn.cchc.scoring;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.audit.AuditLog;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The unit's side of a round: self-score items with notes and evidence, submit (locks), answer explanation requests. */
@Service
public class SelfAssessments {

    public record Upload(String filename, byte[] content) {
    }

    private final JdbcClient jdbc;
    private final ScoreRounds store;
    private final CriteriaSets sets;
    private final ScoringAccess access;
    private final AuditLog audit;
    private final ScoringTexts texts;
    private final EvidenceCheck evidence;
    private final ScoreChanges changes;
    private final Rounds rounds;
    private final Clock clock;

    SelfAssessments(JdbcClient jdbc, ScoreRounds store, CriteriaSets sets, ScoringAccess access, AuditLog audit,
                    ScoringTexts texts, EvidenceCheck evidence, ScoreChanges changes, Rounds rounds, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.store = store;
        this.sets = sets;
        this.access = access;
        this.audit = audit;
        this.texts = texts;
        this.evidence = evidence;
        this.changes = changes;
        this.rounds = rounds;
    }

    /** Scores one item: points (not for computed items that have data, nor survey items), note, evidence. */
    @Transactional
    public void score(long itemId, String pointsText, String note, String evidenceExplanation, List<Upload> uploads) {
        ScoreItem item = store.requireItem(itemId);
        Assessment a = store.requireAssessment(item.assessmentId());
        access.requireSelfScore(a);
        ScoreRound r = store.requireRound(a.roundId());
        requireSelfScoring(a, r);
        Criterion c = sets.criterion(item.criterionId()).orElseThrow();
        if (item.notApplicable()) {
            throw ScoringException.locked("scoring.item.notApplicable", c.code());
        }
        boolean computedWithData = c.computed() && item.selfPoints() != null && !item.manualOverride();
        BigDecimal points = ScoringTexts.parse(pointsText);
        if (c.method() == Method.SURVEY && points != null) {
            throw new ScoringException("scoring.survey.notSelf", c.code());
        }
        if (computedWithData && points != null && points.compareTo(item.selfPoints()) != 0) {
            throw new ScoringException("scoring.computed.fixed", c.code());
        }
        BigDecimal newPoints = computedWithData ? item.selfPoints() : Points.valid(c, points);
        List<String> types = new ArrayList<>();
        for (Upload u : uploads) {
            types.add(evidence.check(u.filename(), u.content()));
        }
        String label = rounds.unitName(a.unitId()) + " · " + c.code();
        String newNote = CriteriaSets.blankToNull(note);
        String newExplanation = CriteriaSets.blankToNull(evidenceExplanation);
        boolean manual = c.computed() && !computedWithData && newPoints != null;
        jdbc.sql("update score_item set self_points = ?, self_note = ?, evidence_explanation = ?, manual_override = ? where id = ?")
                .params(newPoints, newNote, newExplanation, manual || (item.manualOverride() && !computedWithData), itemId).update();
        if (!same(item.selfPoints(), newPoints)) {
            changes.record(item, label, "SELF", item.selfPoints(), newPoints, newNote, Map.of(), Map.of());
        }
        if (!Objects.equals(item.selfNote(), newNote) || !Objects.equals(item.evidenceExplanation(), newExplanation)) {
            Map<String, Object> before = new LinkedHashMap<>();
            before.put("note", item.selfNote());
            before.put("evidenceExplanation", item.evidenceExplanation());
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("note", newNote);
            after.put("evidenceExplanation", newExplanation);
            changes.recordOther(item, label, "NOTE", before, after);
        }
        for (int i = 0; i < uploads.size(); i++) {
            store(item, label, "SELF", uploads.get(i), types.get(i));
        }
    }

    @Transactional
    void deleteEvidence(long evidenceId) {
        ScoreRounds.EvidenceFile f = store.evidenceFile(evidenceId).orElseThrow(() -> new ScoringException("scoring.evidence.notFound"));
        ScoreItem item = store.requireItem(f.itemId());
        Assessment a = store.requireAssessment(item.assessmentId());
        access.requireSelfScore(a);
        ScoreRound r = store.requireRound(a.roundId());
        String stage = jdbc.sql("select stage from score_evidence where id = ?").param(evidenceId).query(String.class).single();
        if ("SELF".equals(stage)) {
            requireSelfScoring(a, r);
        } else {
            requireExplaining(a, r);
        }
        jdbc.sql("delete from score_evidence where id = ?").param(evidenceId).update();
        Criterion c = sets.criterion(item.criterionId()).orElseThrow();
        audit.deleted("score_evidence", evidenceId, Map.of("item", item.id(), "filename", f.filename(), "stage", stage),
                texts.get("scoring.audit.evidenceDeleted", f.filename(), rounds.unitName(a.unitId()) + " · " + c.code()));
    }

    @Transactional
    void refreshComputed(long assessmentId) {
        Assessment a = store.requireAssessment(assessmentId);
        access.requireSelfScore(a);
        ScoreRound r = store.requireRound(a.roundId());
        requireSelfScoring(a, r);
        rounds.refreshComputed(a, r.year());
    }

    /** Submits (chốt điểm tự chấm): every applicable item scored, evidence or an explanation where required, the head confirms. */
    @Transactional
    public void submit(long assessmentId, String headName, boolean confirmed) {
        Assessment a = store.requireAssessment(assessmentId);
        access.requireSelfScore(a);
        ScoreRound r = store.requireRound(a.roundId());
        requireSelfScoring(a, r);
        a.submit();
        rounds.refreshComputed(a, r.year());
        List<String> problems = new ArrayList<>();
        if (!confirmed || headName == null || headName.isBlank()) {
            problems.add(texts.get("scoring.submit.noHead"));
        }
        CriteriaTree tree = sets.tree(a.setId());
        java.util.Set<Long> withEvidence = new java.util.HashSet<>();
        store.evidence(assessmentId).stream().filter(e -> "SELF".equals(e.stage())).forEach(e -> withEvidence.add(e.itemId()));
        for (ScoreItem item : store.items(assessmentId)) {
            Criterion c = tree.node(item.criterionId()).criterion();
            if (item.notApplicable() || c.method() == Method.SURVEY) {
                continue;
            }
            if (item.selfPoints() == null) {
                problems.add(texts.get("scoring.submit.notScored", c.code()));
            }
            if (c.evidenceRequired() && !withEvidence.contains(item.id()) && item.evidenceExplanation() == null) {
                problems.add(texts.get("scoring.submit.noEvidence", c.code()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ScoringException("scoring.submit.rejected", problems);
        }
        store.submitAssessment(assessmentId, CriteriaSets.actor(), headName.trim());
        audit.updated(Rounds.ASSESSMENT, assessmentId, Map.of("status", a.status()),
                Map.of("status", "SUBMITTED", "head", headName.trim()),
                texts.get("scoring.audit.submitted", rounds.unitName(a.unitId()), r.name(), headName.trim()));
    }

    /** Answers one explanation request (editable until the explanation is sent). */
    @Transactional
    public void answer(long itemId, String answer, List<Upload> uploads) {
        ScoreItem item = store.requireItem(itemId);
        Assessment a = store.requireAssessment(item.assessmentId());
        access.requireSelfScore(a);
        ScoreRound r = store.requireRound(a.roundId());
        requireExplaining(a, r);
        Criterion c = sets.criterion(item.criterionId()).orElseThrow();
        if (!item.explanationRequested()) {
            throw new ScoringException("scoring.explanation.notRequested", c.code());
        }
        if (item.explanationOutcome() != null) {
            throw ScoringException.locked("scoring.explanation.decided", c.code());
        }
        String text = CriteriaSets.blankToNull(answer);
        if (text == null) {
            throw new ScoringException("scoring.explanation.empty", c.code());
        }
        List<String> types = new ArrayList<>();
        for (Upload u : uploads) {
            types.add(evidence.check(u.filename(), u.content()));
        }
        String label = rounds.unitName(a.unitId()) + " · " + c.code();
        jdbc.sql("update score_item set explanation_answer = ? where id = ?").params(text, itemId).update();
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("answer", item.explanationAnswer());
        changes.recordOther(item, label, "ANSWER", before, Map.of("answer", text));
        for (int i = 0; i < uploads.size(); i++) {
            store(item, label, "EXPLANATION", uploads.get(i), types.get(i));
        }
    }

    /** Sends the answers once: every request answered, then the explanation is locked. */
    @Transactional
    public void submitExplanation(long assessmentId) {
        Assessment a = store.requireAssessment(assessmentId);
        access.requireSelfScore(a);
        ScoreRound r = store.requireRound(a.roundId());
        requireExplaining(a, r);
        CriteriaTree tree = sets.tree(a.setId());
        List<String> missing = new ArrayList<>();
        boolean any = false;
        for (ScoreItem item : store.items(assessmentId)) {
            if (item.explanationPending()) {
                any = true;
                if (item.explanationAnswer() == null) {
                    missing.add(texts.get("scoring.explanation.unanswered", tree.node(item.criterionId()).criterion().code()));
                }
            }
        }
        if (!any) {
            throw new ScoringException("scoring.explanation.nothingRequested");
        }
        if (!missing.isEmpty()) {
            throw new ScoringException("scoring.explanation.rejected", missing);
        }
        store.submitExplanation(assessmentId, CriteriaSets.actor());
        audit.updated(Rounds.ASSESSMENT, assessmentId, Map.of("explanation", "OPEN"), Map.of("explanation", "SENT"),
                texts.get("scoring.audit.explanationSent", rounds.unitName(a.unitId()), r.name()));
    }

    private void store(ScoreItem item, String label, String stage, Upload u, String type) {
        long id = jdbc.sql("""
                        insert into score_evidence (item_id, stage, filename, content_type, size_bytes, sha256, content, uploaded_by,
                            uploaded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(item.id(), stage, EvidenceCheck.safeName(u.filename()), type, u.content().length, sha256(u.content()),
                        u.content(), CriteriaSets.actor(), java.time.OffsetDateTime.now(clock))
                .query(Long.class).single();
        audit.created("score_evidence", id, Map.of("item", item.id(), "filename", EvidenceCheck.safeName(u.filename()),
                        "contentType", type, "size", u.content().length, "stage", stage),
                texts.get("scoring.audit.evidenceAdded", EvidenceCheck.safeName(u.filename()), label));
    }

    private void requireSelfScoring(Assessment a, ScoreRound r) {
        if (!r.open()) {
            throw ScoringException.locked("scoring.round.closed");
        }
        if (a.submitted()) {
            throw ScoringException.locked("scoring.assessment.submitted");
        }
        LocalDate deadline = a.selfDeadline(r);
        if (LocalDate.now(clock).isAfter(deadline)) {
            throw ScoringException.locked("scoring.deadline.self", ScoringTexts.dmy(deadline));
        }
    }

    private void requireExplaining(Assessment a, ScoreRound r) {
        if (!r.open()) {
            throw ScoringException.locked("scoring.round.closed");
        }
        if (a.explanationLocked()) {
            throw ScoringException.locked("scoring.explanation.locked");
        }
        if (LocalDate.now(clock).isAfter(r.explanationDeadline())) {
            throw ScoringException.locked("scoring.deadline.explanation", ScoringTexts.dmy(r.explanationDeadline()));
        }
    }

    static boolean same(BigDecimal x, BigDecimal y) {
        return x == null ? y == null : y != null && x.compareTo(y) == 0;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
