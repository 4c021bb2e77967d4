package vn.cchc.scoring;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.audit.AuditLog;
import vn.cchc.security.CurrentUser;
import vn.cchc.security.UnitAccess;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Criteria sets: create (from a form, an Excel file or a sample file), copy to a new year, edit drafts, activate. */
@Service
public class CriteriaSets {

    static final String ENTITY = "score_set";
    static final String CRITERION = "score_criterion";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final UnitAccess access;
    private final ScoringTexts texts;

    CriteriaSets(JdbcClient jdbc, AuditLog audit, UnitAccess access, ScoringTexts texts) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.access = access;
        this.texts = texts;
    }

    // ---- reads

    @Transactional(readOnly = true)
    List<ScoreSet> sets() {
        return jdbc.sql("select * from score_set order by year desc, unit_group, version desc").query(CriteriaSets::set).list();
    }

    @Transactional(readOnly = true)
    Optional<ScoreSet> set(long id) {
        return jdbc.sql("select * from score_set where id = ?").param(id).query(CriteriaSets::set).optional();
    }

    @Transactional(readOnly = true)
    List<Criterion> criteria(long setId) {
        return jdbc.sql("select * from score_criterion where set_id = ? order by position").param(setId)
                .query(CriteriaSets::criterion).list();
    }

    @Transactional(readOnly = true)
    public CriteriaTree tree(long setId) {
        return new CriteriaTree(criteria(setId));
    }

    @Transactional(readOnly = true)
    Optional<Criterion> criterion(long id) {
        return jdbc.sql("select * from score_criterion where id = ?").param(id).query(CriteriaSets::criterion).optional();
    }

    /** Rows of a set in input form, for export and copying. */
    @Transactional(readOnly = true)
    List<CriterionInput> inputs(long setId) {
        return criteria(setId).stream().map(c -> new CriterionInput(c.position(), c.code(), c.name(), c.maxPoints(),
                c.kind(), c.method(), c.allowedValues(), c.indicatorCode(), c.threshold(), c.bands(),
                c.evidenceRequired(), c.guidance())).toList();
    }

    // ---- writes

    /** A new version (DRAFT, or ACTIVE for a sample set) of the set for the header's year and group. */
    @Transactional
    public long create(CriterionInput.Header header, List<CriterionInput> rows, boolean sample, boolean active, Long copiedFrom) {
        requireManager();
        List<CriterionInput.Problem> problems = new java.util.ArrayList<>(CriterionInput.validate(rows));
        if (header.year() < 2000 || header.year() > 2100) {
            problems.add(0, new CriterionInput.Problem(0, "scoring.set.badYear"));
        }
        if (header.name() == null || header.name().isBlank()) {
            problems.add(0, new CriterionInput.Problem(0, "scoring.set.noName"));
        }
        if (negative(header.bonusCap()) || negative(header.penaltyCap())) {
            problems.add(0, new CriterionInput.Problem(0, "scoring.set.badCap"));
        }
        if (!problems.isEmpty()) {
            throw new ScoringException("scoring.import.rejected", problems.stream().map(this::describe).toList());
        }
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from score_set where year = ? and unit_group = ?")
                .params(header.year(), header.group().name()).query(Integer.class).single();
        long id = jdbc.sql("""
                        insert into score_set (year, unit_group, version, name, decision_ref, status, sample, bonus_cap,
                                               penalty_cap, copied_from_id, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(header.year(), header.group().name(), version, header.name().trim(), blankToNull(header.decisionRef()),
                        active ? "ACTIVE" : "DRAFT", sample, zero(header.bonusCap()), zero(header.penaltyCap()), copiedFrom,
                        actor())
                .query(Long.class).single();
        insertCriteria(id, rows);
        audit.created(ENTITY, id, Map.of("year", header.year(), "group", header.group(), "version", version,
                        "name", header.name(), "criteria", rows.size()),
                texts.get("scoring.audit.setCreated", header.name(), version));
        return id;
    }

    private void insertCriteria(long setId, List<CriterionInput> rows) {
        Map<String, Long> ids = new HashMap<>();
        int position = 0;
        for (CriterionInput r : rows) {
            position++;
            Long parent = r.parentCode() == null ? null : ids.get(r.parentCode());
            long id = jdbc.sql("""
                            insert into score_criterion (set_id, parent_id, code, level, position, name, max_points, guidance,
                                evidence_required, kind, method, allowed_values, indicator_code, threshold, bands)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(setId, parent, r.code(), r.level(), position, r.name().trim(),
                            r.maxPoints() == null ? BigDecimal.ZERO : CriterionInput.scale(r.maxPoints()),
                            blankToNull(r.guidance()), r.evidenceRequired(), r.kind().name(), r.method().name(),
                            blankToNull(r.allowedValues()), blankToNull(r.indicatorCode()), r.threshold(),
                            blankToNull(r.bands()))
                    .query(Long.class).single();
            ids.put(r.code(), id);
        }
    }

    /** Copies a set to a year (usually the next): a DRAFT version 1..n of that year, to be edited and activated. */
    @Transactional
    long copy(long setId, int toYear) {
        ScoreSet from = set(setId).orElseThrow(() -> new ScoringException("scoring.set.notFound"));
        String name = from.name().replace(String.valueOf(from.year()), String.valueOf(toYear));
        return create(new CriterionInput.Header(toYear, from.group(), name, null, from.bonusCap(), from.penaltyCap()),
                inputs(setId), false, false, setId);
    }

    @Transactional
    void activate(long setId) {
        requireManager();
        ScoreSet s = requireDraft(setId);
        if (criteria(setId).isEmpty()) {
            throw new ScoringException("scoring.criterion.empty");
        }
        jdbc.sql("update score_set set status = 'ACTIVE' where id = ?").param(setId).update();
        audit.updated(ENTITY, setId, Map.of("status", s.status()), Map.of("status", "ACTIVE"),
                texts.get("scoring.audit.setActivated", s.name(), s.version()));
    }

    /** Replaces the criteria of a draft set (the edit form posts the whole tree, as the Excel sheet does). */
    @Transactional
    void replaceCriteria(long setId, CriterionInput.Header header, List<CriterionInput> rows) {
        requireManager();
        ScoreSet s = requireDraft(setId);
        List<CriterionInput.Problem> problems = CriterionInput.validate(rows);
        if (!problems.isEmpty()) {
            throw new ScoringException("scoring.import.rejected", problems.stream().map(this::describe).toList());
        }
        List<CriterionInput> before = inputs(setId);
        jdbc.sql("delete from score_criterion where set_id = ?").param(setId).update();
        insertCriteria(setId, rows);
        jdbc.sql("update score_set set name = ?, decision_ref = ?, bonus_cap = ?, penalty_cap = ? where id = ?")
                .params(header.name() == null || header.name().isBlank() ? s.name() : header.name().trim(),
                        blankToNull(header.decisionRef()), zero(header.bonusCap()), zero(header.penaltyCap()), setId)
                .update();
        audit.updated(ENTITY, setId, Map.of("criteria", summary(before)), Map.of("criteria", summary(rows)),
                texts.get("scoring.audit.setEdited", s.name(), s.version()));
    }

    /** Edits one criterion of a draft set. */
    @Transactional
    void updateCriterion(long criterionId, CriterionInput change) {
        requireManager();
        Criterion c = criterion(criterionId).orElseThrow(() -> new ScoringException("scoring.set.notFound"));
        ScoreSet s = requireDraft(c.setId());
        List<CriterionInput> rows = new java.util.ArrayList<>(inputs(c.setId()));
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).code().equals(c.code())) {
                CriterionInput r = rows.get(i);
                rows.set(i, new CriterionInput(r.row(), r.code(), change.name(), change.maxPoints(), change.kind(),
                        change.method(), change.allowedValues(), change.indicatorCode(), change.threshold(),
                        change.bands(), change.evidenceRequired(), change.guidance()));
            }
        }
        List<CriterionInput.Problem> problems = CriterionInput.validate(rows);
        if (!problems.isEmpty()) {
            throw new ScoringException("scoring.import.rejected", problems.stream().map(this::describe).toList());
        }
        jdbc.sql("""
                        update score_criterion set name = ?, max_points = ?, kind = ?, method = ?, allowed_values = ?,
                            indicator_code = ?, threshold = ?, bands = ?, evidence_required = ?, guidance = ?
                        where id = ?""")
                .params(change.name().trim(), CriterionInput.scale(change.maxPoints()), change.kind().name(),
                        change.method().name(), blankToNull(change.allowedValues()), blankToNull(change.indicatorCode()),
                        change.threshold(), blankToNull(change.bands()), change.evidenceRequired(),
                        blankToNull(change.guidance()), criterionId)
                .update();
        audit.updated(CRITERION, criterionId, c, change, texts.get("scoring.audit.criterionEdited", c.code(), s.name()));
    }

    private ScoreSet requireDraft(long setId) {
        ScoreSet s = set(setId).orElseThrow(() -> new ScoringException("scoring.set.notFound"));
        if (!s.draft()) {
            throw ScoringException.locked("scoring.set.notDraft");
        }
        return s;
    }

    private void requireManager() {
        if (!access.isStandingAgency()) {
            throw new org.springframework.security.access.AccessDeniedException("scoring");
        }
    }

    String describe(CriterionInput.Problem p) {
        String text = texts.get(p.key(), p.args());
        return p.row() > 0 ? texts.get("scoring.import.row", String.valueOf(p.row()), text) : text;
    }

    private static Map<String, Object> summary(List<CriterionInput> rows) {
        Map<String, Object> m = new LinkedHashMap<>();
        rows.forEach(r -> m.put(r.code(), r.name() + " (" + r.maxPoints() + ")"));
        return m;
    }

    static String actor() {
        return CurrentUser.get().map(u -> u.username()).orElse("system");
    }

    private static boolean negative(BigDecimal v) {
        return v != null && v.signum() < 0;
    }

    private static BigDecimal zero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : CriterionInput.scale(v);
    }

    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static ScoreSet set(ResultSet rs, int n) throws SQLException {
        return new ScoreSet(rs.getLong("id"), rs.getInt("year"), ScoringGroup.valueOf(rs.getString("unit_group")),
                rs.getInt("version"), rs.getString("name"), rs.getString("decision_ref"), rs.getString("status"),
                rs.getBoolean("sample"), rs.getBigDecimal("bonus_cap"), rs.getBigDecimal("penalty_cap"),
                (Long) rs.getObject("copied_from_id", Long.class), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class));
    }

    static Criterion criterion(ResultSet rs, int n) throws SQLException {
        return new Criterion(rs.getLong("id"), rs.getLong("set_id"), rs.getObject("parent_id", Long.class),
                rs.getString("code"), rs.getInt("level"), rs.getInt("position"), rs.getString("name"),
                rs.getBigDecimal("max_points"), rs.getString("guidance"), rs.getBoolean("evidence_required"),
                ItemKind.valueOf(rs.getString("kind")), Method.valueOf(rs.getString("method")),
                rs.getString("allowed_values"), rs.getString("indicator_code"), rs.getBigDecimal("threshold"),
                rs.getString("bands"));
    }
}
