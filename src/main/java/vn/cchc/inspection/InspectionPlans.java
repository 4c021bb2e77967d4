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
 * makes one; the same plan sent twice is stored once.
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

    @Transactional
    public Saved create(PlanForm form) {
        if (!access.isStandingAgency()) {
            throw new AccessDeniedException("Chỉ cơ quan thường trực lập kế hoạch kiểm tra.");
        }
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
        String fingerprint = Fingerprint.of(form);
        List<Map<String, Object>> same = jdbc.sql("select id, fingerprint from inspection_plan where year = ? and kind = ? and title = ?")
                .params(form.year(), form.kind().name(), form.title().strip()).query().listOfRows();
        if (!same.isEmpty()) {
            if (fingerprint.equals(same.get(0).get("fingerprint"))) {
                return new Saved(((Number) same.get(0).get("id")).longValue(), false, batches, warning);
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
        for (Batch b : batches) {
            jdbc.sql("insert into inspection_batch (plan_id, number, due) values (?, ?, ?)").params(id, b.number(), b.due()).update();
        }
        Map<String, Long> teamIds = new HashMap<>();
        for (TeamForm t : form.teams()) {
            long teamId = jdbc.sql("insert into inspection_team (plan_id, name) values (?, ?) returning id")
                    .params(id, t.name().strip()).query(Long.class).single();
            teamIds.put(t.name().strip(), teamId);
            List<Long> members = teamMembers.get(t.name().strip());
            for (int i = 0; i < members.size(); i++) {
                jdbc.sql("insert into inspection_team_member (team_id, user_id, leads) values (?, ?, ?) on conflict do nothing")
                        .params(teamId, members.get(i), t.members().get(i).equals(t.leader())).update();
            }
        }
        for (Map.Entry<Long, TargetForm> e : targetForms.entrySet()) {
            TargetForm t = e.getValue();
            jdbc.sql("insert into inspection_target (plan_id, unit_id, batch, team_id) values (?, ?, ?, ?)")
                    .params(id, e.getKey(), t.batch(), t.team() == null ? null : teamIds.get(t.team().strip())).update();
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("year", form.year());
        after.put("kind", form.kind().name());
        after.put("title", form.title().strip());
        after.put("schedule", form.schedule());
        after.put("batches", batches.stream().map(b -> b.number() + ": " + b.due()).toList());
        after.put("teams", teamMembers);
        after.put("targets", targets.values().stream().toList());
        audit.created("inspection_plan", id, after, "Lập kế hoạch kiểm tra " + form.title().strip());
        return new Saved(id, true, batches, warning);
    }
}
