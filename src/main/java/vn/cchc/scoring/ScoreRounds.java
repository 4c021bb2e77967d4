package vn.cchc.scoring;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads rounds, assessments, items, evidence and score history, and moves their states. A move is an update
 * conditioned on the state it starts from; of concurrent moves only the first changes the row, the others are refused.
 */
@Repository
@Transactional(readOnly = true)
public class ScoreRounds {

    private final JdbcClient jdbc;
    private final Clock clock;

    ScoreRounds(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<ScoreRound> rounds() {
        return jdbc.sql("select * from score_round order by year desc, id desc").query(ScoreRounds::round).list();
    }

    List<ScoreRound> published() {
        return jdbc.sql("select * from score_round where status = 'PUBLISHED' order by year desc, id desc")
                .query(ScoreRounds::round).list();
    }

    Optional<ScoreRound> round(long id) {
        return jdbc.sql("select * from score_round where id = ?").param(id).query(ScoreRounds::round).optional();
    }

    public ScoreRound requireRound(long id) {
        return round(id).orElseThrow(() -> new ScoringException("scoring.round.notFound"));
    }

    /** The latest published round of a year, for "change from last year". */
    Optional<ScoreRound> publishedOf(int year) {
        return jdbc.sql("select * from score_round where status = 'PUBLISHED' and year = ? order by published_at desc limit 1")
                .param(year).query(ScoreRounds::round).optional();
    }

    List<ScoreRound.GroupSet> sets(long roundId) {
        return jdbc.sql("select unit_group, set_id, bands from score_round_set where round_id = ? order by unit_group")
                .param(roundId)
                .query((rs, n) -> new ScoreRound.GroupSet(ScoringGroup.valueOf(rs.getString("unit_group")),
                        rs.getLong("set_id"), rs.getString("bands"))).list();
    }

    public List<ScoreRound.Area> areas(long roundId) {
        return jdbc.sql("select * from score_round_area where round_id = ? order by length(area_code), area_code")
                .param(roundId)
                .query((rs, n) -> new ScoreRound.Area(rs.getString("area_code"), rs.getLong("appraiser_unit_id"),
                        rs.getString("finalised_by"), rs.getObject("finalised_at", OffsetDateTime.class))).list();
    }

    Optional<ScoreRound.Area> area(long roundId, String code) {
        return areas(roundId).stream().filter(a -> a.areaCode().equals(code)).findFirst();
    }

    public List<Assessment> assessments(long roundId) {
        return jdbc.sql("""
                        select a.* from score_assessment a join unit u on u.id = a.unit_id
                        where a.round_id = ? order by u.kind, u.name collate vi""")
                .param(roundId).query(ScoreRounds::assessment).list();
    }

    Optional<Assessment> assessment(long id) {
        return jdbc.sql("select * from score_assessment where id = ?").param(id).query(ScoreRounds::assessment).optional();
    }

    public Assessment requireAssessment(long id) {
        return assessment(id).orElseThrow(() -> new ScoringException("scoring.assessment.notFound"));
    }

    Optional<Assessment> assessmentOf(long roundId, long unitId) {
        return jdbc.sql("select * from score_assessment where round_id = ? and unit_id = ?").params(roundId, unitId)
                .query(ScoreRounds::assessment).optional();
    }

    /** Assessments of a unit in every round, newest first: "my unit's scoring". */
    List<Assessment> assessmentsOfUnit(long unitId) {
        return jdbc.sql("""
                        select a.* from score_assessment a join score_round r on r.id = a.round_id
                        where a.unit_id = ? order by r.year desc, r.id desc""")
                .param(unitId).query(ScoreRounds::assessment).list();
    }

    public List<ScoreItem> items(long assessmentId) {
        return jdbc.sql("""
                        select i.* from score_item i join score_criterion c on c.id = i.criterion_id
                        where i.assessment_id = ? order by c.position""")
                .param(assessmentId).query(ScoreRounds::item).list();
    }

    /** Every item of a round by assessment: one statement for the whole results table. */
    Map<Long, List<ScoreItem>> itemsOfRound(long roundId) {
        Map<Long, List<ScoreItem>> byAssessment = new HashMap<>();
        jdbc.sql("""
                        select i.* from score_item i join score_assessment a on a.id = i.assessment_id
                        join score_criterion c on c.id = i.criterion_id
                        where a.round_id = ? order by i.assessment_id, c.position""")
                .param(roundId).query(ScoreRounds::item).list()
                .forEach(i -> byAssessment.computeIfAbsent(i.assessmentId(), k -> new ArrayList<>()).add(i));
        return byAssessment;
    }

    Optional<ScoreItem> item(long id) {
        return jdbc.sql("select * from score_item where id = ?").param(id).query(ScoreRounds::item).optional();
    }

    public ScoreItem requireItem(long id) {
        return item(id).orElseThrow(() -> new ScoringException("scoring.item.notFound"));
    }

    /** Items of a round whose criterion is in the area, for the appraiser's side-by-side view. */
    List<ScoreItem> itemsOfArea(long roundId, String areaCode) {
        return jdbc.sql("""
                        select i.* from score_item i
                        join score_assessment a on a.id = i.assessment_id
                        join score_criterion c on c.id = i.criterion_id
                        where a.round_id = ? and (c.code = ? or c.code like ?)
                        order by c.position, a.id""")
                .params(roundId, areaCode, areaCode + ".%").query(ScoreRounds::item).list();
    }

    List<ScoreItem.Evidence> evidence(long assessmentId) {
        return jdbc.sql("""
                        select e.id, e.item_id, e.stage, e.filename, e.content_type, e.size_bytes, e.uploaded_by, e.uploaded_at
                        from score_evidence e join score_item i on i.id = e.item_id
                        where i.assessment_id = ? order by e.id""")
                .param(assessmentId).query(ScoreRounds::evidence).list();
    }

    List<ScoreItem.Evidence> evidenceOfItem(long itemId) {
        return jdbc.sql("""
                        select id, item_id, stage, filename, content_type, size_bytes, uploaded_by, uploaded_at
                        from score_evidence where item_id = ? order by id""")
                .param(itemId).query(ScoreRounds::evidence).list();
    }

    record EvidenceFile(long itemId, String filename, String contentType, byte[] content) {
    }

    Optional<EvidenceFile> evidenceFile(long id) {
        return jdbc.sql("select item_id, filename, content_type, content from score_evidence where id = ?").param(id)
                .query((rs, n) -> new EvidenceFile(rs.getLong("item_id"), rs.getString("filename"),
                        rs.getString("content_type"), rs.getBytes("content"))).optional();
    }

    List<ScoreItem.Change> changes(long assessmentId) {
        return jdbc.sql("""
                        select ch.* from score_change ch join score_item i on i.id = ch.item_id
                        where i.assessment_id = ? order by ch.id""")
                .param(assessmentId)
                .query((rs, n) -> new ScoreItem.Change(rs.getLong("id"), rs.getLong("item_id"), rs.getString("stage"),
                        rs.getBigDecimal("from_points"), rs.getBigDecimal("to_points"), rs.getString("reason"),
                        rs.getString("actor"), rs.getObject("occurred_at", OffsetDateTime.class))).list();
    }

    public record Reopen(String reason, LocalDate newDeadline, String actor, OffsetDateTime occurredAt) {
    }

    List<Reopen> reopens(long assessmentId) {
        return jdbc.sql("select reason, new_deadline, actor, occurred_at from score_reopen where assessment_id = ? order by id")
                .param(assessmentId)
                .query((rs, n) -> new Reopen(rs.getString("reason"), rs.getObject("new_deadline", LocalDate.class),
                        rs.getString("actor"), rs.getObject("occurred_at", OffsetDateTime.class))).list();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void submitAssessment(long id, String by, String headName) {
        refuseIfNone(jdbc.sql("""
                        update score_assessment set status = 'SUBMITTED', submitted_by = ?, submitted_at = ?, head_name = ?
                        where id = ? and status = 'DRAFT'""").params(by, now(), headName, id).update(),
                "scoring.assessment.submitted");
    }

    /** Gives an assessment back, unless someone else changed it since it was read (its status or deadline). */
    @Transactional(propagation = Propagation.MANDATORY)
    void returnAssessmentForCorrection(Assessment read, LocalDate newDeadline) {
        refuseIfNone(jdbc.sql("""
                        update score_assessment set status = ?, self_deadline_override = ?
                        where id = ? and status = ? and self_deadline_override is not distinct from ?""")
                .params(read.returnForCorrection(newDeadline).name(), newDeadline, read.id(), read.status(), read.selfDeadlineOverride()).update(),
                "scoring.assessment.changedMeanwhile");
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void submitExplanation(long assessmentId, String by) {
        refuseIfNone(jdbc.sql("""
                        update score_assessment set explanation_submitted_by = ?, explanation_submitted_at = ?
                        where id = ? and explanation_submitted_at is null""").params(by, now(), assessmentId).update(),
                "scoring.explanation.locked");
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void finaliseArea(long roundId, String areaCode, String by) {
        refuseIfNone(jdbc.sql("""
                        update score_round_area set finalised_by = ?, finalised_at = ?
                        where round_id = ? and area_code = ? and finalised_at is null""").params(by, now(), roundId, areaCode).update(),
                "scoring.area.finalised", areaCode);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void consolidate(long roundId, String by) {
        refuseIfNone(jdbc.sql("""
                        update score_round set status = 'CONSOLIDATED', consolidated_by = ?, consolidated_at = ?
                        where id = ? and status = 'OPEN'""").params(by, now(), roundId).update(), "scoring.round.closed");
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void publish(long roundId, String by, String decisionRef) {
        refuseIfNone(jdbc.sql("""
                        update score_round set status = 'PUBLISHED', published_by = ?, published_at = ?, decision_ref = ?
                        where id = ? and status = 'CONSOLIDATED'""").params(by, now(), decisionRef, roundId).update(),
                "scoring.publish.notConsolidated");
    }

    /** The moment of a step as the Clock gives it, so that a step replayed on a past day is stamped with that day. */
    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static void refuseIfNone(int rows, String key, Object... args) {
        if (rows == 0) {
            throw ScoringException.locked(key, args);
        }
    }

    static ScoreRound round(ResultSet rs, int n) throws SQLException {
        return new ScoreRound(rs.getLong("id"), rs.getInt("year"), rs.getString("name"), rs.getString("status"),
                rs.getObject("self_deadline", LocalDate.class), rs.getObject("appraisal_deadline", LocalDate.class),
                rs.getObject("explanation_deadline", LocalDate.class), rs.getBoolean("demo"), rs.getString("opened_by"),
                rs.getObject("opened_at", OffsetDateTime.class), rs.getString("consolidated_by"),
                rs.getObject("consolidated_at", OffsetDateTime.class), rs.getString("published_by"),
                rs.getObject("published_at", OffsetDateTime.class), rs.getString("decision_ref"));
    }

    static Assessment assessment(ResultSet rs, int n) throws SQLException {
        return new Assessment(rs.getLong("id"), rs.getLong("round_id"), rs.getLong("unit_id"), rs.getLong("set_id"),
                rs.getString("status"), rs.getObject("self_deadline_override", LocalDate.class),
                rs.getString("submitted_by"), rs.getObject("submitted_at", OffsetDateTime.class),
                rs.getString("head_name"), rs.getString("explanation_submitted_by"),
                rs.getObject("explanation_submitted_at", OffsetDateTime.class));
    }

    static ScoreItem item(ResultSet rs, int n) throws SQLException {
        return new ScoreItem(rs.getLong("id"), rs.getLong("assessment_id"), rs.getLong("criterion_id"),
                rs.getBoolean("not_applicable"), rs.getString("not_applicable_reason"), rs.getBigDecimal("self_points"),
                rs.getString("self_note"), rs.getString("evidence_explanation"), rs.getString("computed_detail"),
                rs.getBoolean("manual_override"), rs.getBigDecimal("appraised_points"), rs.getString("appraisal_reason"),
                rs.getString("appraised_by"), rs.getObject("appraised_at", OffsetDateTime.class),
                rs.getString("explanation_request"), rs.getString("explanation_requested_by"),
                rs.getString("explanation_answer"), rs.getString("explanation_outcome"));
    }

    static ScoreItem.Evidence evidence(ResultSet rs, int n) throws SQLException {
        return new ScoreItem.Evidence(rs.getLong("id"), rs.getLong("item_id"), rs.getString("stage"),
                rs.getString("filename"), rs.getString("content_type"), rs.getLong("size_bytes"),
                rs.getString("uploaded_by"), rs.getObject("uploaded_at", OffsetDateTime.class));
    }
}
