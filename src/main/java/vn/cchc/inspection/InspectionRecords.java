package vn.cchc.inspection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.page.Page;
import vn.cchc.page.PageRequest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reading recorded inspections back for the screens: a page of the list (all, or those that concern one unit: the
 * inspected one or one answering for a recommendation), and one record with its findings and recommendations.
 * The recommendations' progress is not kept here: each names its follow-up task, whose state the plan module owns.
 */
@Component
class InspectionRecords {

    record Line(long id, LocalDate inspectedOn, String kind, boolean surprise, String unit, String noticeNumber,
                String planTitle, int recommendations) {
    }

    record Finding(String area, String text) {
    }

    record Recommendation(int position, String content, String area, String unit, String deadline, LocalDate due,
                          String warning, long taskId) {
    }

    record Record(long id, Long planId, String planTitle, String kind, boolean surprise, long unitId, String unit,
                  LocalDate inspectedOn, String team, String noticeNumber, LocalDate noticeDate, Long followUpPlanId,
                  List<Finding> findings, List<Recommendation> recommendations) {
    }

    private final JdbcClient jdbc;

    InspectionRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest first; {@code unitId} null for every inspection (the standing agency's view). */
    @Transactional(readOnly = true)
    public Page<Line> list(Long unitId, Integer year, PageRequest page) {
        return Page.of(jdbc.sql("""
                        select i.id, i.inspected_on, i.kind, i.surprise, u.name as unit, i.notice_number, p.title as plan_title,
                               (select count(*) from inspection_recommendation r where r.inspection_id = i.id) as recommendations
                        from inspection i join unit u on u.id = i.unit_id left join inspection_plan p on p.id = i.plan_id
                        where (?::bigint is null or i.unit_id = ? or exists (select 1 from inspection_recommendation r
                                   where r.inspection_id = i.id and r.unit_id = ?))
                          and (?::int is null or extract(year from i.inspected_on) = ?)
                        order by i.inspected_on desc, i.id desc limit ? offset ?""")
                .params(unitId, unitId, unitId, year, year, page.limitPlusOne(), page.offset())
                .query((rs, n) -> new Line(rs.getLong("id"), rs.getDate("inspected_on").toLocalDate(), rs.getString("kind"),
                        rs.getBoolean("surprise"), rs.getString("unit"), rs.getString("notice_number"),
                        rs.getString("plan_title"), rs.getInt("recommendations"))).list(), page);
    }

    @Transactional(readOnly = true)
    public Optional<Record> find(long id) {
        List<Finding> findings = jdbc.sql("select area, text from inspection_finding where inspection_id = ? order by position")
                .param(id).query((rs, n) -> new Finding(rs.getString(1), rs.getString(2))).list();
        List<Recommendation> recommendations = jdbc.sql("""
                        select r.position, r.content, r.area, u.name, r.deadline_text, r.due, r.warning, r.task_id
                        from inspection_recommendation r join unit u on u.id = r.unit_id
                        where r.inspection_id = ? order by r.position""")
                .param(id).query((rs, n) -> new Recommendation(rs.getInt(1) + 1, rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate(),
                        rs.getString(7), rs.getLong(8))).list();
        return jdbc.sql("""
                        select i.id, i.plan_id, p.title as plan_title, i.kind, i.surprise, i.unit_id, u.name as unit,
                               i.inspected_on, t.name as team, i.notice_number, i.notice_date, i.follow_up_plan_id
                        from inspection i join unit u on u.id = i.unit_id left join inspection_plan p on p.id = i.plan_id
                        left join inspection_team t on t.id = i.team_id where i.id = ?""")
                .param(id).query((rs, n) -> new Record(rs.getLong("id"), (Long) rs.getObject("plan_id"),
                        rs.getString("plan_title"), rs.getString("kind"), rs.getBoolean("surprise"), rs.getLong("unit_id"),
                        rs.getString("unit"), rs.getDate("inspected_on").toLocalDate(), rs.getString("team"),
                        rs.getString("notice_number"), rs.getDate("notice_date").toLocalDate(),
                        (Long) rs.getObject("follow_up_plan_id"), findings, recommendations)).optional();
    }

    /** The plans a record may belong to, newest year first (a pick list of the form; the year has few). */
    @Transactional(readOnly = true)
    public List<PlanOption> planOptions() {
        return jdbc.sql("select id, year, title from inspection_plan order by year desc, id desc limit 100")
                .query((rs, n) -> new PlanOption(rs.getLong(1), rs.getInt(2), rs.getString(3))).list();
    }

    record PlanOption(long id, int year, String title) {
    }
}
