package vn.cchc.inspection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.page.Page;
import vn.cchc.page.PageRequest;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reading inspection plans back for the screens: a year's plans a page at a time, and one plan with its batches, its
 * teams and their members, its target units per batch, and the inspections recorded under it (surprise ones marked).
 */
@Component
class InspectionPlanRecords {

    record Line(long id, int year, String kind, String title, String schedule, int targets, int inspections) {
    }

    record Batch(int number, LocalDate due) {
    }

    record Member(String fullName, String unit, boolean leads) {
    }

    record Team(String name, List<Member> members) {
    }

    record Target(String unit, Integer batch, String team, Long inspectionId) {
    }

    record Inspected(long id, LocalDate inspectedOn, String unit, boolean surprise, String noticeNumber) {
    }

    record Plan(long id, int year, String kind, String title, String schedule, List<Batch> batches, List<Team> teams,
                List<Target> targets, List<Inspected> inspections) {
    }

    private final JdbcClient jdbc;

    InspectionPlanRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Page<Line> list(Integer year, PageRequest page) {
        return Page.of(jdbc.sql("""
                        select p.id, p.year, p.kind, p.title, p.schedule_text,
                               (select count(*) from inspection_target t where t.plan_id = p.id) as targets,
                               (select count(*) from inspection i where i.plan_id = p.id) as inspections
                        from inspection_plan p where (?::int is null or p.year = ?)
                        order by p.year desc, p.id desc limit ? offset ?""")
                .params(year, year, page.limitPlusOne(), page.offset())
                .query((rs, n) -> new Line(rs.getLong("id"), rs.getInt("year"), rs.getString("kind"), rs.getString("title"),
                        rs.getString("schedule_text"), rs.getInt("targets"), rs.getInt("inspections"))).list(), page);
    }

    @Transactional(readOnly = true)
    public Optional<Plan> find(long id) {
        List<Batch> batches = jdbc.sql("select number, due from inspection_batch where plan_id = ? order by number")
                .param(id).query((rs, n) -> new Batch(rs.getInt(1), rs.getDate(2).toLocalDate())).list();
        List<Long> teamIds = jdbc.sql("select id from inspection_team where plan_id = ? order by id").param(id)
                .query(Long.class).list();
        List<Team> teams = teamIds.stream().map(teamId -> new Team(
                jdbc.sql("select name from inspection_team where id = ?").param(teamId).query(String.class).single(),
                jdbc.sql("""
                                select a.full_name, u.name, m.leads from inspection_team_member m
                                join app_user a on a.id = m.user_id left join unit u on u.id = a.unit_id
                                where m.team_id = ? order by m.leads desc, a.full_name""")
                        .param(teamId).query((rs, n) -> new Member(rs.getString(1), rs.getString(2), rs.getBoolean(3))).list()))
                .toList();
        List<Target> targets = jdbc.sql("""
                        select u.name, t.batch, tm.name,
                               (select max(i.id) from inspection i where i.plan_id = t.plan_id and i.unit_id = t.unit_id)
                        from inspection_target t join unit u on u.id = t.unit_id left join inspection_team tm on tm.id = t.team_id
                        where t.plan_id = ? order by t.batch nulls last, u.name""")
                .param(id).query((rs, n) -> new Target(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3),
                        (Long) rs.getObject(4))).list();
        List<Inspected> inspections = jdbc.sql("""
                        select i.id, i.inspected_on, u.name, i.surprise, i.notice_number from inspection i
                        join unit u on u.id = i.unit_id where i.plan_id = ? order by i.inspected_on, i.id""")
                .param(id).query((rs, n) -> new Inspected(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getString(3),
                        rs.getBoolean(4), rs.getString(5))).list();
        return jdbc.sql("select id, year, kind, title, schedule_text from inspection_plan where id = ?").param(id)
                .query((rs, n) -> new Plan(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        batches, teams, targets, inspections)).optional();
    }

    /** A stored plan as the plan form's fields (members by username, the leader first), for editing it. */
    @Transactional(readOnly = true)
    public Optional<Map<String, String>> typed(long id) {
        Optional<Map<String, String>> plan = jdbc.sql("select year, kind, title, schedule_text, version from inspection_plan where id = ?")
                .param(id).query((rs, n) -> {
                    Map<String, String> typed = new LinkedHashMap<>();
                    typed.put("year", String.valueOf(rs.getInt("year")));
                    typed.put("kind", rs.getString("kind"));
                    typed.put("title", rs.getString("title"));
                    typed.put("schedule", rs.getString("schedule_text") == null ? "" : rs.getString("schedule_text"));
                    typed.put("version", String.valueOf(rs.getInt("version")));
                    return typed;
                }).optional();
        plan.ifPresent(typed -> {
            List<Map<String, Object>> teams = jdbc.sql("""
                            select t.name, string_agg(a.username, chr(10) order by m.leads desc, a.username) as members
                            from inspection_team t left join inspection_team_member m on m.team_id = t.id
                            left join app_user a on a.id = m.user_id where t.plan_id = ? group by t.id, t.name order by t.id""")
                    .param(id).query().listOfRows();
            for (int i = 0; i < teams.size(); i++) {
                typed.put("teamName" + i, (String) teams.get(i).get("name"));
                typed.put("teamMembers" + i, teams.get(i).get("members") == null ? "" : (String) teams.get(i).get("members"));
            }
            List<Map<String, Object>> targets = jdbc.sql("""
                            select u.code, t.batch, tm.name from inspection_target t join unit u on u.id = t.unit_id
                            left join inspection_team tm on tm.id = t.team_id where t.plan_id = ?
                            order by t.batch nulls last, u.name""").param(id).query().listOfRows();
            for (int i = 0; i < targets.size(); i++) {
                typed.put("targetUnit" + i, (String) targets.get(i).get("code"));
                typed.put("targetBatch" + i, targets.get(i).get("batch") == null ? "" : String.valueOf(targets.get(i).get("batch")));
                typed.put("targetTeam" + i, targets.get(i).get("name") == null ? "" : (String) targets.get(i).get("name"));
            }
        });
        return plan;
    }
}
