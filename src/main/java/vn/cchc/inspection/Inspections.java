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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The record of one inspection of a unit: when, by which team, what was found per reform area, and what it must fix.
 * Its recommendations become the tasks of a follow-up plan published at once to the responsible units, in the same
 * transaction as the record: both are written or neither. Only the standing agency records; the same record sent
 * twice (same conclusion notice, same content) is stored once; another content under the same notice is refused.
 */
@Service
class Inspections {

    record FindingForm(String area, String text) {
    }

    /** A recommendation: the responsible units picked ({@code unitCodes}) or typed ({@code units}), the deadline in words. */
    record RecommendationForm(String content, String area, List<String> unitCodes, String units, String deadline)
            implements Conclusions.Point {
        RecommendationForm {
            unitCodes = unitCodes == null ? List.of() : List.copyOf(unitCodes);
        }
    }

    record InspectionForm(Long planId, InspectionKind kind, boolean surprise, String unitCode, LocalDate inspectedOn,
                          String team, String noticeNumber, LocalDate noticeDate, List<FindingForm> findings,
                          List<RecommendationForm> recommendations) {
        InspectionForm {
            findings = findings == null ? List.of() : List.copyOf(findings);
            recommendations = recommendations == null ? List.of() : List.copyOf(recommendations);
        }
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final UnitAccess access;
    private final ResponsibleUnits units;
    private final Conclusions conclusions;

    Inspections(JdbcClient jdbc, AuditLog audit, UnitAccess access, ResponsibleUnits units, Conclusions conclusions) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.access = access;
        this.units = units;
        this.conclusions = conclusions;
    }

    @Transactional
    public Conclusions.Recorded record(InspectionForm form) {
        if (!access.isStandingAgency()) {
            throw new AccessDeniedException("Chỉ cơ quan thường trực ghi nhận kết quả kiểm tra.");
        }
        List<String> problems = new ArrayList<>();
        UnitRef unit = units.unit(form.unitCode(), "Đơn vị được kiểm tra", problems);
        if (form.inspectedOn() == null) {
            problems.add("Ngày kiểm tra: chưa có.");
        }
        conclusions.checkNotice(form.noticeNumber(), form.noticeDate(), problems);
        if (form.noticeDate() != null && form.inspectedOn() != null && form.noticeDate().isBefore(form.inspectedOn())) {
            problems.add("Ngày thông báo kết luận: trước ngày kiểm tra.");
        }
        InspectionKind kind = form.kind();
        Long teamId = null;
        if (form.planId() == null) {
            if (!form.surprise()) {
                problems.add("Kế hoạch kiểm tra: chưa chọn (hoặc đánh dấu là kiểm tra đột xuất).");
            }
            if (kind == null) {
                problems.add("Loại kiểm tra: chưa chọn.");
            }
        } else {
            List<String> planKind = jdbc.sql("select kind from inspection_plan where id = ?").param(form.planId())
                    .query(String.class).list();
            if (planKind.isEmpty()) {
                problems.add("Kế hoạch kiểm tra: không có kế hoạch số " + form.planId() + ".");
            } else {
                kind = kind == null ? InspectionKind.valueOf(planKind.get(0)) : kind;
                if (unit != null && !form.surprise() && jdbc.sql("select count(*) from inspection_target where plan_id = ? and unit_id = ?")
                        .params(form.planId(), unit.id()).query(Long.class).single() == 0) {
                    problems.add("Đơn vị được kiểm tra: " + unit.name() + " không có trong kế hoạch kiểm tra (nếu kiểm tra đột xuất, hãy đánh dấu).");
                }
                if (form.team() != null && !form.team().isBlank()) {
                    teamId = jdbc.sql("select id from inspection_team where plan_id = ? and name = ?")
                            .params(form.planId(), form.team().strip()).query(Long.class).optional().orElse(null);
                    if (teamId == null) {
                        problems.add("Đoàn kiểm tra: không có đoàn \"" + form.team().strip() + "\" trong kế hoạch.");
                    }
                }
            }
        }
        for (int i = 0; i < form.findings().size(); i++) {
            FindingForm f = form.findings().get(i);
            String where = "Kết quả kiểm tra thứ " + (i + 1);
            Conclusions.area(f.area(), where, problems);
            if (f.text() == null || f.text().isBlank()) {
                problems.add(where + ": chưa có nội dung.");
            }
        }
        LocalDate on = form.noticeDate() != null ? form.noticeDate() : form.inspectedOn();
        List<FollowUpPlans.Item> items = new ArrayList<>();
        for (int i = 0; i < form.recommendations().size(); i++) {
            items.add(conclusions.item(form.recommendations().get(i), "Kiến nghị thứ " + (i + 1), on, problems));
        }
        if (!problems.isEmpty()) {
            throw new InspectionRejected(problems);
        }
        String fingerprint = Fingerprint.of(form);
        String number = form.noticeNumber().strip();
        Optional<Conclusions.Recorded> before = conclusions.recordedBefore(Conclusions.Store.INSPECTION, number, fingerprint);
        if (before.isPresent()) {
            return before.get();
        }
        FollowUpPlans.Published plan = conclusions.publish(FollowUpPlans.Kind.INSPECTION_CONCLUSION, number, "Sở Nội vụ",
                form.noticeDate(), "Thông báo kết luận kiểm tra tại " + unit.name(), items);
        long id = jdbc.sql("""
                        insert into inspection (plan_id, kind, surprise, unit_id, inspected_on, team_id, notice_number, notice_date,
                            follow_up_plan_id, fingerprint, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(form.planId(), kind.name(), form.surprise(), unit.id(), form.inspectedOn(), teamId, number,
                        form.noticeDate(), plan == null ? null : plan.planId(), fingerprint, CurrentUser.require().username())
                .query(Long.class).single();
        for (int i = 0; i < form.findings().size(); i++) {
            FindingForm f = form.findings().get(i);
            jdbc.sql("insert into inspection_finding (inspection_id, position, area, text) values (?, ?, ?, ?)")
                    .params(id, i, Conclusions.area(f.area(), "", new ArrayList<>()), f.text().strip()).update();
        }
        for (int i = 0; i < items.size(); i++) {
            FollowUpPlans.Item item = items.get(i);
            jdbc.sql("""
                            insert into inspection_recommendation (inspection_id, position, content, area, unit_id, deadline_text,
                                due, warning, task_id)
                            values (?, ?, ?, ?, ?, ?, (select max(due) from unnest(?::date[]) as due), ?, ?)""")
                    .params(id, i, item.content().strip(), item.area(), item.unitIds().get(0), item.deadlineText(),
                            dues(item.deadlineText(), form.noticeDate().getYear()), plan.warnings().get(i),
                            plan.taskIds().get(i))
                    .update();
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("unit", unit.name());
        after.put("kind", kind.name());
        after.put("surprise", form.surprise());
        after.put("inspected_on", form.inspectedOn().toString());
        after.put("notice_number", number);
        after.put("findings", form.findings().size());
        after.put("recommendations", items.stream().map(x -> x.content() + " — " + String.join(", ", x.unitNames())).toList());
        after.put("follow_up_plan_id", plan == null ? null : plan.planId());
        audit.created("inspection", id, after, "Ghi nhận kết luận kiểm tra tại " + unit.name() + " (" + number + ")");
        return new Conclusions.Recorded(id, true, plan == null ? null : plan.planId(), plan == null ? List.of() : plan.taskIds(),
                plan == null ? List.of() : plan.warnings());
    }

    /** Whether the signed-in user's unit is the inspected one or responsible for one of its recommendations. */
    boolean concerns(long inspectionId, UnitAccess access) {
        List<Long> unitIds = jdbc.sql("""
                        select unit_id from inspection where id = ?
                        union select unit_id from inspection_recommendation where inspection_id = ?""")
                .params(inspectionId, inspectionId).query(Long.class).list();
        return unitIds.stream().anyMatch(access::canReadUnsubmitted);
    }

    private static java.sql.Date[] dues(String text, int year) {
        return FollowUpPlans.dues(text, year).stream().map(java.sql.Date::valueOf).toArray(java.sql.Date[]::new);
    }
}
