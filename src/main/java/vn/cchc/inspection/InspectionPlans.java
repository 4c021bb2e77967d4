package vn.cchc.inspection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.audit.AuditLog;
import vn.cchc.directory.UnitRef;
import vn.cchc.plan.FollowUpPlans;
import vn.cchc.security.CurrentUser;
import vn.cchc.security.UnitAccess;
import vn.cchc.security.UserAccount;
import vn.cchc.security.UserAdministration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A year's inspection plan: its kind, its batches (the plan's phrase, "Đợt 1 tháng 6 - Đợt 2 tháng 12", read by the
 * deadline grammar), its teams of users and the units each team inspects in which batch. Only the standing agency
 * makes or edits one; the same plan sent twice is stored once.
 */
@Service
class InspectionPlans {

    record TeamForm(String name, List<String> members, String leader) {
        TeamForm {
            members = members == null ? List.of() : List.copyOf(members);
        }
    }

    record TargetForm(String unitCode, Integer batch, String team) {
    }

    record PlanForm(Integer year, InspectionKind kind, String title, String schedule, List<TeamForm> teams,
                    List<TargetForm> targets) {
        PlanForm {
            teams = teams == null ? List.of() : List.copyOf(teams);
            targets = targets == null ? List.of() : List.copyOf(targets);
        }
    }

    record Batch(int number, LocalDate due) {
    }

    /** The stored plan, and the warning when its schedule's words gave no batch dates (kept as words). */
    record Saved(long id, boolean created, List<Batch> batches, String warning) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final UnitAccess access;
    private final ResponsibleUnits units;
    private final UserAdministration users;

    InspectionPlans(JdbcClient jdbc, AuditLog audit, UnitAccess access, ResponsibleUnits units, UserAdministration users) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.access = access;
        this.units = units;
        this.users = users;
    }

    /** What a form says once checked: its batches, the warning about them, each team's members, the target units. */
    private record Checked(List<Batch> batches, String warning, Map<String, List<Long>> teamMembers,
                           Map<Long, TargetForm> targetForms, Map<Long, String> targets) {
    }

    @Transactional
    public Saved create(PlanForm form) {
        requireStandingAgency();
        Checked c = check(form);
        String fingerprint = Fingerprint.of(form);
        List<Map<String, Object>> same = jdbc.sql("select id, fingerprint from inspection_plan where year = ? and kind = ? and title = ?")
                .params(form.year(), form.kind().name(), form.title().strip()).query().listOfRows();
        if (!same.isEmpty()) {
            if (fingerprint.equals(same.get(0).get("fingerprint"))) {
                return new Saved(((Number) same.get(0).get("id")).longValue(), false, c.batches(), c.warning());
            }
            throw new InspectionRejected(List.of("Kế hoạch kiểm tra \"" + form.title().strip() + "\" năm " + form.year()
                    + " đã có với nội dung khác."));
        }
        String by = CurrentUser.require().username();
        long id = jdbc.sql("""
                        insert into inspection_plan (year, kind, title, schedule_text, fingerprint, created_by)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(form.year(), form.kind().name(), form.title().strip(), form.schedule(), fingerprint, by)
                .query(Long.class).single();
        writeParts(id, form, c, Map.of());
        audit.created("inspection_plan", id, described(form, c), "Lập kế hoạch kiểm tra " + form.title().strip());
        return new Saved(id, true, c.batches(), c.warning());
    }

    /**
     * Changes a plan edited from {@code version}: the same form again changes nothing; a plan changed meanwhile by
     * someone else is refused, never overwritten (the update is conditioned on the version). A team that has already
     * carried out an inspection keeps its row (the record names it) and cannot be left out.
     */
    @Transactional
    public Saved update(long id, int version, PlanForm form) {
        requireStandingAgency();
        Checked c = check(form);
        Map<String, Object> stored = jdbc.sql("select fingerprint, version from inspection_plan where id = ? for update")
                .param(id).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new InspectionRejected(List.of("Kế hoạch kiểm tra: không còn kế hoạch này.")));
        String fingerprint = Fingerprint.of(form);
        if (fingerprint.equals(stored.get("fingerprint"))) {
            return new Saved(id, false, c.batches(), c.warning());
        }
        if (((Number) stored.get("version")).intValue() != version) {
            throw new InspectionRejected(List.of("Kế hoạch kiểm tra vừa được người khác sửa; mở lại để xem bản mới rồi sửa tiếp."));
        }
        boolean taken = jdbc.sql("select exists (select 1 from inspection_plan where year = ? and kind = ? and title = ? and id <> ?)")
                .params(form.year(), form.kind().name(), form.title().strip(), id).query(Boolean.class).single();
        if (taken) {
            throw new InspectionRejected(List.of("Kế hoạch kiểm tra \"" + form.title().strip() + "\" năm " + form.year()
                    + " đã có; đặt tên khác."));
        }
        Map<String, Long> kept = new HashMap<>();
        List<String> problems = new ArrayList<>();
        jdbc.sql("""
                        select t.id, t.name, exists (select 1 from inspection i where i.team_id = t.id) as used
                        from inspection_team t where t.plan_id = ?""").param(id).query().listOfRows().forEach(t -> {
            String name = (String) t.get("name");
            if (c.teamMembers().containsKey(name)) {
                kept.put(name, ((Number) t.get("id")).longValue());
            } else if (Boolean.TRUE.equals(t.get("used"))) {
                problems.add("Đoàn kiểm tra \"" + name + "\" đã thực hiện cuộc kiểm tra theo kế hoạch; không bỏ được đoàn này.");
            }
        });
        if (!problems.isEmpty()) {
            throw new InspectionRejected(problems);
        }
        Map<String, Object> before = stored(id);
        int changed = jdbc.sql("""
                        update inspection_plan set year = ?, kind = ?, title = ?, schedule_text = ?, fingerprint = ?,
                               version = version + 1 where id = ? and version = ?""")
                .params(form.year(), form.kind().name(), form.title().strip(), form.schedule(), fingerprint, id, version)
                .update();
        if (changed != 1) {
            throw new InspectionRejected(List.of("Kế hoạch kiểm tra vừa được người khác sửa; mở lại để xem bản mới rồi sửa tiếp."));
        }
        jdbc.sql("delete from inspection_batch where plan_id = ?").param(id).update();
        jdbc.sql("delete from inspection_target where plan_id = ?").param(id).update();
        jdbc.sql("delete from inspection_team_member where team_id in (select id from inspection_team where plan_id = ?)")
                .param(id).update();
        jdbc.sql("delete from inspection_team where plan_id = ? and not (id = any(?))")
                .params(id, new org.springframework.jdbc.support.SqlArrayValue("bigint", kept.values().toArray())).update();
        writeParts(id, form, c, kept);
        audit.updated("inspection_plan", id, before, described(form, c), "Sửa kế hoạch kiểm tra " + form.title().strip());
        return new Saved(id, true, c.batches(), c.warning());
    }

    private void requireStandingAgency() {
        if (!access.isStandingAgency()) {
            throw new AccessDeniedException("Chỉ cơ quan thường trực lập kế hoạch kiểm tra.");
        }
    }

    private Checked check(PlanForm form) {
        List<String> problems = new ArrayList<>();
        if (form.year() == null || form.year() < 2000 || form.year() > 2100) {
            problems.add("Năm của kế hoạch kiểm tra: chưa có hoặc không hợp lệ.");
        }
        if (form.kind() == null) {
            problems.add("Loại kiểm tra: chưa chọn (CCHC, kỷ luật kỷ cương hành chính, công vụ).");
        }
        if (form.title() == null || form.title().isBlank()) {
            problems.add("Tên kế hoạch kiểm tra: chưa có.");
        }
        List<Batch> batches = new ArrayList<>();
        String warning = null;
        if (form.year() != null && form.schedule() != null && !form.schedule().isBlank()) {
            int n = 0;
            for (LocalDate due : FollowUpPlans.dues(form.schedule(), form.year())) {
                batches.add(new Batch(++n, due));
            }
            if (batches.isEmpty()) {
                warning = "Không đọc được các đợt kiểm tra từ \"" + form.schedule().strip() + "\": giữ nguyên văn, chưa có ngày của đợt.";
            }
        }
        Map<String, List<Long>> teamMembers = new LinkedHashMap<>();
        for (int i = 0; i < form.teams().size(); i++) {
            TeamForm t = form.teams().get(i);
            String where = "Đoàn kiểm tra thứ " + (i + 1);
            if (t.name() == null || t.name().isBlank()) {
                problems.add(where + ": chưa có tên.");
                continue;
            }
            List<Long> ids = new ArrayList<>();
            for (String username : t.members()) {
                Optional<UserAccount> u = users.findByUsername(username);
                u.ifPresentOrElse(a -> ids.add(a.id()),
                        () -> problems.add(where + " (" + t.name() + "): không có người dùng \"" + username + "\"."));
            }
            if (t.members().isEmpty()) {
                problems.add(where + " (" + t.name() + "): chưa có thành viên.");
            }
            teamMembers.put(t.name().strip(), ids);
        }
        Map<Long, String> targets = new LinkedHashMap<>();
        Map<Long, TargetForm> targetForms = new HashMap<>();
        for (int i = 0; i < form.targets().size(); i++) {
            TargetForm t = form.targets().get(i);
            String where = "Đơn vị được kiểm tra thứ " + (i + 1);
            UnitRef u = units.unit(t.unitCode(), where, problems);
            if (t.batch() != null && (t.batch() < 1 || t.batch() > batches.size())) {
                problems.add(where + ": kế hoạch không có đợt " + t.batch() + ".");
            }
            if (t.team() != null && !teamMembers.containsKey(t.team().strip())) {
                problems.add(where + ": không có đoàn \"" + t.team() + "\" trong kế hoạch.");
            }
            if (u != null) {
                targets.put(u.id(), u.name());
                targetForms.put(u.id(), t);
            }
        }
        if (!problems.isEmpty()) {
            throw new InspectionRejected(problems);
        }
        return new Checked(batches, warning, teamMembers, targetForms, targets);
    }

    /** Batches, teams (reusing {@code teamIds} of teams kept by name), members and targets of a plan without any. */
    private void writeParts(long id, PlanForm form, Checked c, Map<String, Long> keptTeams) {
        for (Batch b : c.batches()) {
            jdbc.sql("insert into inspection_batch (plan_id, number, due) values (?, ?, ?)").params(id, b.number(), b.due()).update();
        }
        Map<String, Long> teamIds = new HashMap<>(keptTeams);
        for (TeamForm t : form.teams()) {
            String name = t.name().strip();
            Long teamId = teamIds.get(name);
            if (teamId == null) {
                teamId = jdbc.sql("insert into inspection_team (plan_id, name) values (?, ?) returning id")
                        .params(id, name).query(Long.class).single();
                teamIds.put(name, teamId);
            }
            List<Long> members = c.teamMembers().get(name);
            for (int i = 0; i < members.size(); i++) {
                jdbc.sql("insert into inspection_team_member (team_id, user_id, leads) values (?, ?, ?) on conflict do nothing")
                        .params(teamId, members.get(i), t.members().get(i).equals(t.leader())).update();
            }
        }
        for (Map.Entry<Long, TargetForm> e : c.targetForms().entrySet()) {
            TargetForm t = e.getValue();
            jdbc.sql("insert into inspection_target (plan_id, unit_id, batch, team_id) values (?, ?, ?, ?)")
                    .params(id, e.getKey(), t.batch(), t.team() == null ? null : teamIds.get(t.team().strip())).update();
        }
    }

    private static Map<String, Object> described(PlanForm form, Checked c) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("year", form.year());
        after.put("kind", form.kind().name());
        after.put("title", form.title().strip());
        after.put("schedule", form.schedule());
        after.put("batches", c.batches().stream().map(b -> b.number() + ": " + b.due()).toList());
        after.put("teams", c.teamMembers());
        after.put("targets", c.targets().values().stream().toList());
        return after;
    }

    /** The stored plan in the shape of {@link #described}, for the audit's before. */
    private Map<String, Object> stored(long id) {
        Map<String, Object> before = new LinkedHashMap<>(jdbc.sql(
                        "select year, kind, title, schedule_text as schedule from inspection_plan where id = ?")
                .param(id).query().singleRow());
        before.put("batches", jdbc.sql("select number || ': ' || due from inspection_batch where plan_id = ? order by number")
                .param(id).query(String.class).list());
        Map<String, List<Long>> teams = new LinkedHashMap<>();
        jdbc.sql("""
                        select t.name, m.user_id from inspection_team t left join inspection_team_member m on m.team_id = t.id
                        where t.plan_id = ? order by t.id, m.user_id""").param(id).query().listOfRows().forEach(r -> {
            List<Long> members = teams.computeIfAbsent((String) r.get("name"), k -> new ArrayList<>());
            if (r.get("user_id") != null) {
                members.add(((Number) r.get("user_id")).longValue());
            }
        });
        before.put("teams", teams);
        before.put("targets", jdbc.sql("""
                        select u.name from inspection_target t join unit u on u.id = t.unit_id where t.plan_id = ?
                        order by t.batch nulls last, u.name""").param(id).query(String.class).list());
        return before;
    }
}
