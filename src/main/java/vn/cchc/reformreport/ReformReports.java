package vn.cchc.reformreport;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SQL of reform reports and their versions. Every move is an update conditioned on the state (and, for the unit's
 * edits, the version) it expects: zero rows means someone else was first, and the caller refuses.
 */
@Repository
class ReformReports {

    private static final TypeReference<LinkedHashMap<String, String>> SECTIONS = new TypeReference<>() {
    };
    private static final TypeReference<List<Figure>> FIGURES = new TypeReference<>() {
    };

    /** One submitted version as it was sent. */
    record Version(int number, Map<String, String> sections, List<Figure> figures, OffsetDateTime submittedAt,
                   String submittedBy, boolean late) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    ReformReports(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<ReformReport> find(long unitId, String periodKey) {
        return jdbc.sql("select * from reform_report where unit_id = ? and period_key = ?").params(unitId, periodKey)
                .query((rs, n) -> report(rs)).optional();
    }

    List<ReformReport> forPeriod(String periodKey) {
        return jdbc.sql("select * from reform_report where period_key = ? order by unit_id").param(periodKey)
                .query((rs, n) -> report(rs)).list();
    }

    /** The first save of a report; empty when another save created it first. */
    Optional<Long> create(long unitId, ReportPeriod p, Map<String, String> sections, List<Figure> figures, String by) {
        return jdbc.sql("""
                        insert into reform_report (unit_id, period_key, window_from, window_to, due_on, closes_on, status,
                                                   version, sections, figures, updated_by)
                        values (?, ?, ?, ?, ?, ?, 'DRAFT', 1, ?::jsonb, ?::jsonb, ?)
                        on conflict (unit_id, period_key) do nothing returning id""")
                .params(unitId, p.key(), Date.valueOf(p.from()), Date.valueOf(p.to()), Date.valueOf(p.unitDue()),
                        Date.valueOf(p.provinceDue()), json.writeValueAsString(sections), json.writeValueAsString(figures), by)
                .query(Long.class).optional();
    }

    /** Saves the unit's edit made from {@code version}; a returned report stays returned. */
    int edit(long id, int version, Map<String, String> sections, List<Figure> figures, String by) {
        return jdbc.sql("""
                        update reform_report set sections = ?::jsonb, figures = ?::jsonb, version = version + 1,
                               updated_by = ?, updated_at = now()
                        where id = ? and version = ? and status in ('DRAFT', 'RETURNED')""")
                .params(json.writeValueAsString(sections), json.writeValueAsString(figures), by, id, version).update();
    }

    int submit(long id, int version, boolean late, String by) {
        return jdbc.sql("""
                        update reform_report set status = 'SUBMITTED', version = version + 1, submitted_at = now(),
                               submitted_by = ?, late = ?, decided_at = null, decided_by = null, updated_by = ?, updated_at = now()
                        where id = ? and version = ? and status in ('DRAFT', 'RETURNED')""")
                .params(by, late, by, id, version).update();
    }

    int decide(long id, ReformReportStatus to, String by, String reason) {
        return jdbc.sql("""
                        update reform_report set status = ?, decided_at = now(), decided_by = ?, return_reason = ?,
                               version = version + 1, updated_by = ?, updated_at = now()
                        where id = ? and status = 'SUBMITTED'""")
                .params(to.name(), by, reason, by, id).update();
    }

    /** Keeps the submission just made as the next version. */
    int addVersion(long id) {
        return jdbc.sql("""
                        insert into reform_report_version (report_id, number, sections, figures, submitted_at, submitted_by, late)
                        select r.id, coalesce((select max(number) from reform_report_version v where v.report_id = r.id), 0) + 1,
                               r.sections, r.figures, r.submitted_at, r.submitted_by, r.late
                        from reform_report r where r.id = ? returning number""")
                .param(id).query(Integer.class).single();
    }

    List<Version> versions(long id) {
        return jdbc.sql("select * from reform_report_version where report_id = ? order by number desc").param(id)
                .query((rs, n) -> new Version(rs.getInt("number"), json.readValue(rs.getString("sections"), SECTIONS),
                        json.readValue(rs.getString("figures"), FIGURES), rs.getObject("submitted_at", OffsetDateTime.class),
                        rs.getString("submitted_by"), rs.getBoolean("late"))).list();
    }

    private ReformReport report(ResultSet rs) throws SQLException {
        return new ReformReport(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("period_key"),
                rs.getObject("window_from", LocalDate.class), rs.getObject("window_to", LocalDate.class),
                rs.getObject("due_on", LocalDate.class), rs.getObject("closes_on", LocalDate.class),
                ReformReportStatus.valueOf(rs.getString("status")), rs.getInt("version"),
                json.readValue(rs.getString("sections"), SECTIONS), json.readValue(rs.getString("figures"), FIGURES),
                rs.getObject("submitted_at", OffsetDateTime.class), rs.getString("submitted_by"), rs.getBoolean("late"),
                rs.getObject("decided_at", OffsetDateTime.class), rs.getString("decided_by"), rs.getString("return_reason"),
                rs.getString("updated_by"), rs.getObject("updated_at", OffsetDateTime.class));
    }
}
