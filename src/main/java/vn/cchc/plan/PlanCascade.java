package vn.cchc.plan;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.audit.AuditLog;
import vn.cchc.directory.Directory;
import vn.cchc.directory.SearchKey;
import vn.cchc.directory.UnitKind;
import vn.cchc.directory.UnitRef;
import vn.cchc.security.CurrentUser;
import vn.cchc.security.UnitAccess;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cascade from a provincial plan to a unit's own plan: a draft holding copies of the tasks the unit leads or
 * coordinates, each linked to the task it implements. The unit edits its draft and issues it; from then on its
 * tasks are followed like any other, and the provincial task shows their progress.
 */
@Service
class PlanCascade {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final UnitAccess access;
    private final Plans store;
    private final Directory directory;
    private final Clock clock;

    PlanCascade(JdbcClient jdbc, AuditLog audit, UnitAccess access, Plans store, Directory directory, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.audit = audit;
        this.access = access;
        this.store = store;
        this.directory = directory;
    }

    /** The standing agency creates a draft for any unit; a unit's officer only for their own unit. */
    public boolean canCascade(long unitId) {
        return access.isStandingAgency() || access.canChange(unitId);
    }

    /** At most this many units answer a search of the cascade's units; a longer list asks for more letters. */
    static final int UNIT_HITS = 20;

    /**
     * The assigned units whose folded name or code holds every typed word (the unit search's fold, so "so noi vu"
     * finds "Sở Nội vụ"), in Vietnamese order, at most {@value #UNIT_HITS} and one more to tell that there are more.
     */
    @Transactional(readOnly = true)
    public List<UnitRef> assignedUnitsMatching(long planId, String text) {
        String[] likes = java.util.Arrays.stream(SearchKey.of(text).split(" ")).filter(w -> !w.isBlank())
                .map(SearchKey::containing)
                .toArray(String[]::new);
        return jdbc.sql("""
                        select u.id, u.code, u.name, u.short_name, u.kind from unit u
                        where exists (select 1 from plan_task_assignee a join plan_task t on t.id = a.task_id
                                      where t.plan_id = ? and a.unit_id = u.id)
                          and not exists (select 1 from unnest(?::text[]) w
                                          where u.search_key not like w and lower(u.code) not like w)
                        order by u.name collate vi, u.id limit ?""")
                .params(planId, likes, UNIT_HITS + 1)
                .query((rs, n) -> new UnitRef(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getString("short_name"), UnitKind.valueOf(rs.getString("kind")))).list();
    }

    /** Whether the unit leads or coordinates a task of the plan. */
    @Transactional(readOnly = true)
    public boolean isAssigned(long planId, long unitId) {
        return jdbc.sql("""
                        select exists (select 1 from plan_task_assignee a join plan_task t on t.id = a.task_id
                                       where t.plan_id = ? and a.unit_id = ?)""")
                .params(planId, unitId).query(Boolean.class).single();
    }

    /** @return the draft plan's id; asking again for the same unit returns the draft already made, not a copy */
    @Transactional
    public long createDraft(long parentPlanId, long unitId) {
        if (!canCascade(unitId)) {
            throw new AccessDeniedException("Chỉ cơ quan thường trực hoặc cán bộ của đơn vị được lập kế hoạch cho đơn vị.");
        }
        PlanSummary parent = store.plan(parentPlanId).orElseThrow(() -> new PlanRuleException("plan.error.notFound"));
        if (parent.draft()) {
            throw new PlanRuleException("plan.error.notIssued");
        }
        UnitRef unit = directory.findById(unitId).orElseThrow(() -> new PlanRuleException("plan.error.notFound"));
        String key = "cascade|" + parentPlanId + "|" + unitId;
        Optional<Long> existing = store.findByIdentity(key);
        if (existing.isPresent()) {
            return existing.get();
        }
        List<Long> taskIds = jdbc.sql("""
                        select t.id from plan_task t where t.plan_id = ?
                          and exists (select 1 from plan_task_assignee a where a.task_id = t.id and a.unit_id = ?)
                        order by t.position""")
                .params(parentPlanId, unitId).query(Long.class).list();
        if (taskIds.isEmpty()) {
            throw new PlanRuleException("plan.error.nothingToCascade");
        }
        String title = "Kế hoạch thực hiện " + (parent.number() == null ? "" : parent.number() + " ") + Plans.nz(parent.title());
        long planId = jdbc.sql("""
                        insert into plan (identity_key, doc_type, title, issuer, place, year, status, parent_plan_id,
                                          owner_unit_id, theme)
                        values (?, 'PLAN', ?, ?, ?, ?, 'DRAFT', ?, ?, ?) returning id""")
                .params(key, title.strip(), unit.name(), parent.place(), parent.year(), parentPlanId, unitId, parent.theme())
                .query(Long.class).single();
        if (parent.number() != null) {
            jdbc.sql("insert into plan_reference (plan_id, position, doc_number, ref_date, relation) values (?, 0, ?, ?, 'IMPLEMENTS')")
                    .params(planId, parent.number(), parent.date()).update();
        }
        int position = 0;
        for (long parentTask : taskIds) {
            long id = jdbc.sql("""
                            insert into plan_task (plan_id, task_key, position, section, number, content, area, deadline_text,
                                deadline_kind, recurrence, output, priority, quarter, source_task_id, section_title)
                            select ?, task_key, ?, section, number, content, area, deadline_text, deadline_kind, recurrence,
                                output, priority, quarter, id, section_title from plan_task where id = ? returning id""")
                    .params(planId, position++, parentTask).query(Long.class).single();
            jdbc.sql("insert into plan_task_milestone (task_id, position, due, precision) select ?, position, due, precision from plan_task_milestone where task_id = ?")
                    .params(id, parentTask).update();
            // In its own plan the unit leads what it was given, whether it led or coordinated the provincial task.
            jdbc.sql("insert into plan_task_unit (task_id, role, position, name, unit_id) values (?, 'LEAD', 0, ?, ?)")
                    .params(id, unit.name(), unitId).update();
            jdbc.sql("insert into plan_task_assignee (task_id, role, unit_id, source) values (?, 'LEAD', ?, 'NAMED')")
                    .params(id, unitId).update();
        }
        Map<String, Object> after = store.planAudit(planId);
        after.put("parent", parent.number());
        after.put("unit", unit.code());
        audit.created("plan", planId, after, "Lập dự thảo kế hoạch của " + unit.name() + " từ " + Plans.nz(parent.number()));
        return planId;
    }

    /** Who may edit and issue a draft: the standing agency, or an officer of the unit it belongs to. */
    public boolean canEdit(PlanSummary plan) {
        return plan.draft() && (access.isStandingAgency() || (plan.ownerUnitId() != null && access.canChange(plan.ownerUnitId())));
    }

    public record DraftEdit(String number, LocalDate date, String title, String signer, String signerTitle,
                            List<TaskEdit> tasks) {
    }

    public record TaskEdit(long id, String content, String deadlineText, String output, boolean delete) {
    }

    @Transactional
    public void edit(long planId, DraftEdit e) {
        PlanSummary plan = requireEditable(planId);
        Map<String, Object> before = store.planAudit(planId);
        before.put("taskContents", taskContents(planId));
        jdbc.sql("update plan set doc_number = ?, issued_on = ?, title = ?, signer = ?, signer_title = ?, updated_at = now() where id = ?")
                .params(blank(e.number()), e.date(), blank(e.title()) == null ? plan.title() : blank(e.title()),
                        blank(e.signer()), blank(e.signerTitle()), planId)
                .update();
        int year = plan.year() != null ? plan.year() : e.date() != null ? e.date().getYear() : LocalDate.now(clock).getYear();
        for (TaskEdit t : e.tasks()) {
            Map<String, Object> current = jdbc.sql("select deadline_text from plan_task where id = ? and plan_id = ?")
                    .params(t.id(), planId).query().listOfRows().stream().findFirst().orElse(null);
            if (current == null) {
                continue;
            }
            if (t.delete()) {
                jdbc.sql("delete from plan_task where id = ?").param(t.id()).update();
                continue;
            }
            if (blank(t.content()) == null) {
                throw new PlanRuleException("plan.error.contentRequired");
            }
            jdbc.sql("update plan_task set content = ?, output = ?, updated_at = now() where id = ?")
                    .params(t.content().strip(), blank(t.output()), t.id()).update();
            if (!java.util.Objects.equals(blank(t.deadlineText()), current.get("deadline_text"))) {
                PlanDraft.Task parsed = new PlanDraft.Task(null, null, null, t.content(), null, null, null, null, null,
                        null, null, null, null, false, null).withDeadline(t.deadlineText(), year);
                jdbc.sql("update plan_task set deadline_text = ?, deadline_kind = ?, recurrence = ? where id = ?")
                        .params(parsed.deadlineText(), parsed.deadlineKind(), parsed.recurrence(), t.id()).update();
                jdbc.sql("delete from plan_task_milestone where task_id = ?").param(t.id()).update();
                int p = 0;
                for (PlanDraft.Due d : parsed.milestones()) {
                    jdbc.sql("insert into plan_task_milestone (task_id, position, due, precision) values (?, ?, ?, ?)")
                            .params(t.id(), p++, d.due(), d.precision()).update();
                }
            }
        }
        Map<String, Object> after = store.planAudit(planId);
        after.put("taskContents", taskContents(planId));
        audit.updated("plan", planId, before, after, "Sửa dự thảo kế hoạch của đơn vị");
    }

    /** Issuing needs the number and date the unit signed it with; the plan then counts like any imported one. */
    @Transactional
    public void issue(long planId) {
        PlanSummary plan = requireEditable(planId);
        if (plan.number() == null || plan.date() == null) {
            throw new PlanRuleException("plan.error.numberAndDate");
        }
        Map<String, Object> before = store.planAudit(planId);
        PlanDraft identity = new PlanDraft(plan.number(), plan.type(), plan.title(), plan.issuer(), null, plan.date(), null,
                null, plan.year(), null, null, null, null, null, null, null, null);
        // The issued plan is found by its number like an imported one, so importing its document later updates it.
        boolean free = store.findByIdentity(identity.identityKey()).isEmpty();
        jdbc.sql("update plan set status = 'ISSUED', identity_key = case when ? then ? else identity_key end, updated_at = now() where id = ?")
                .params(free, identity.identityKey(), planId).update();
        audit.updated("plan", planId, before, store.planAudit(planId), "Ban hành kế hoạch của đơn vị " + plan.number());
    }

    private PlanSummary requireEditable(long planId) {
        PlanSummary plan = store.plan(planId).orElseThrow(() -> new PlanRuleException("plan.error.notFound"));
        if (!plan.draft()) {
            throw new PlanRuleException("plan.error.notDraft");
        }
        if (!canEdit(plan)) {
            throw new AccessDeniedException("Chỉ đơn vị được giao hoặc cơ quan thường trực được sửa dự thảo này.");
        }
        return plan;
    }

    private List<String> taskContents(long planId) {
        return jdbc.sql("select coalesce(number, '') || '. ' || content || ' | ' || coalesce(deadline_text, '') from plan_task where plan_id = ? order by position")
                .param(planId).query(String.class).list();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
