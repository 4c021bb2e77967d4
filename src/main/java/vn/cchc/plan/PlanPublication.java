package vn.cchc.plan;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.audit.AuditLog;
import vn.cchc.directory.AgencyGroup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static vn.cchc.plan.Plans.group;
import static vn.cchc.plan.Plans.nz;

/**
 * Publishing a plan: its document, references, targets and tasks stored, each task assigned to its units, and the
 * plan linked to the plans it implements or replaces. Publishing the same document again updates it in place.
 */
@Service
public class PlanPublication {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final AgencyGroups groups;
    private final ApplicationEventPublisher events;
    private final Plans store;

    PlanPublication(JdbcClient jdbc, AuditLog audit, AgencyGroups groups, ApplicationEventPublisher events, Plans store) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.groups = groups;
        this.events = events;
        this.store = store;
    }

    private static final java.util.Set<String> CONCERNED = java.util.Arrays.stream(AgencyGroup.values())
            .filter(AgencyGroup::concerned).map(Enum::name).collect(java.util.stream.Collectors.toUnmodifiableSet());

    public record Published(long planId, boolean created) {
    }

    /** Callers check the role: only the standing agency publishes. */
    @Transactional
    public Published publish(PlanDraft draft, boolean demo) {
        String key = draft.identityKey();
        Optional<Long> existing = store.findByIdentity(key);
        long planId;
        Map<String, Object> before = null;
        if (existing.isPresent()) {
            planId = existing.get();
            before = store.planAudit(planId);
            jdbc.sql("""
                            update plan set doc_number = ?, doc_type = ?, title = ?, issuer = ?, place = ?, issued_on = ?,
                                signer = ?, signer_title = ?, year = ?, theme = ?, purposes = ?, requirements = ?,
                                source_text = ?, updated_at = now() where id = ?""")
                    .params(draft.number(), draft.type(), draft.title(), draft.issuer(), draft.place(), draft.date(),
                            draft.signer(), draft.signerTitle(), draft.year(), draft.theme(), draft.purposes(),
                            draft.requirements(), draft.sourceText(), planId)
                    .update();
        } else {
            planId = jdbc.sql("""
                            insert into plan (identity_key, doc_number, doc_type, title, issuer, place, issued_on, signer,
                                signer_title, year, theme, purposes, requirements, source_text, demo)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(key, draft.number(), draft.type(), draft.title(), draft.issuer(), draft.place(), draft.date(),
                            draft.signer(), draft.signerTitle(), draft.year(), draft.theme(), draft.purposes(),
                            draft.requirements(), draft.sourceText(), demo)
                    .query(Long.class).single();
        }
        jdbc.sql("delete from plan_reference where plan_id = ?").param(planId).update();
        int pos = 0;
        for (PlanDraft.Reference r : draft.references()) {
            jdbc.sql("insert into plan_reference (plan_id, position, doc_number, ref_date, relation) values (?, ?, ?, ?, ?)")
                    .params(planId, pos++, r.number(), r.date(), r.relation() == null ? "CITES" : r.relation()).update();
        }
        jdbc.sql("delete from plan_target where plan_id = ?").param(planId).update();
        pos = 0;
        for (PlanDraft.Target t : draft.targets()) {
            jdbc.sql("insert into plan_target (plan_id, position, text, metric, comparator, value, unit) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(planId, pos++, t.text() == null ? "" : t.text(), t.metric(), t.comparator(), t.value(), t.unit())
                    .update();
        }
        storeTasks(planId, draft);
        linkReferences(planId, draft);
        Map<String, Object> after = store.planAudit(planId);
        if (before == null) {
            audit.created("plan", planId, after, "Công bố kế hoạch " + nz(draft.number()));
        } else {
            audit.updated("plan", planId, before, after, "Cập nhật kế hoạch " + nz(draft.number()) + " (nhập lại)");
        }
        if (!after.equals(before)) {
            events.publishEvent(new PlanPublished(planId, draft.year(), assignedUnits(planId, "LEAD"),
                    assignedUnits(planId, "COORDINATE")));
        }
        return new Published(planId, before == null);
    }

    private List<Long> assignedUnits(long planId, String role) {
        return jdbc.sql("""
                        select distinct a.unit_id from plan_task_assignee a join plan_task t on t.id = a.task_id
                        where t.plan_id = ? and a.role = ? order by a.unit_id""")
                .params(planId, role).query(Long.class).list();
    }

    private void storeTasks(long planId, PlanDraft draft) {
        Map<String, Long> existing = new HashMap<>();
        jdbc.sql("select task_key, id from plan_task where plan_id = ?").param(planId)
                .query((rs, n) -> existing.put(rs.getString(1), rs.getLong(2))).list();
        Map<String, Integer> seen = new HashMap<>();
        List<String> keys = new ArrayList<>();
        int position = 0;
        for (PlanDraft.Task t : draft.tasks()) {
            String base = nz(t.section()) + "|" + nz(t.number());
            int occurrence = seen.merge(base, 1, Integer::sum);
            String key = base + "|" + occurrence;
            keys.add(key);
            Long id = existing.get(key);
            String warnings = t.warnings().isEmpty() ? null : String.join("\n", t.warnings());
            String area = t.area() == null ? "OTHER" : t.area();
            String kind = t.deadlineKind() == null ? "UNSPECIFIED" : t.deadlineKind();
            if (id == null) {
                id = jdbc.sql("""
                                insert into plan_task (plan_id, task_key, position, section, number, content, area, directed_by,
                                    deadline_text, deadline_kind, recurrence, output, priority, quarter, warnings, section_title)
                                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                        .params(planId, key, position, t.section(), t.number(), nz(t.content()), area, t.directedBy(),
                                t.deadlineText(), kind, t.recurrence(), t.output(), t.priority(), t.quarter(), warnings,
                                t.sectionTitle())
                        .query(Long.class).single();
            } else {
                jdbc.sql("""
                                update plan_task set position = ?, section = ?, number = ?, content = ?, area = ?, directed_by = ?,
                                    deadline_text = ?, deadline_kind = ?, recurrence = ?, output = ?, priority = ?, quarter = ?,
                                    warnings = ?, section_title = ?, updated_at = now() where id = ?""")
                        .params(position, t.section(), t.number(), nz(t.content()), area, t.directedBy(), t.deadlineText(),
                                kind, t.recurrence(), t.output(), t.priority(), t.quarter(), warnings, t.sectionTitle(), id)
                        .update();
                jdbc.sql("delete from plan_task_unit where task_id = ?").param(id).update();
                jdbc.sql("delete from plan_task_milestone where task_id = ?").param(id).update();
            }
            int p = 0;
            for (PlanDraft.Agency a : t.lead()) {
                jdbc.sql("insert into plan_task_unit (task_id, role, position, name, unit_id, agency_group) values (?, 'LEAD', ?, ?, ?, ?)")
                        .params(id, p++, a.name(), a.unitId(), a.group()).update();
            }
            p = 0;
            for (PlanDraft.Agency a : t.coordinate()) {
                jdbc.sql("insert into plan_task_unit (task_id, role, position, name, unit_id, agency_group) values (?, 'COORDINATE', ?, ?, ?, ?)")
                        .params(id, p++, a.name(), a.unitId(), a.group()).update();
            }
            assign(id, t, draft.effectiveDate());
            p = 0;
            for (PlanDraft.Due d : t.milestones()) {
                jdbc.sql("insert into plan_task_milestone (task_id, position, due, precision) values (?, ?, ?, ?)")
                        .params(id, p++, d.due(), d.precision()).update();
            }
            position++;
        }
        // A task the new version no longer has goes, unless someone already reported on it.
        for (Map.Entry<String, Long> e : existing.entrySet()) {
            if (!keys.contains(e.getKey())) {
                long progress = jdbc.sql("select count(*) from task_progress where task_id = ?").param(e.getValue())
                        .query(Long.class).single();
                if (progress == 0) {
                    jdbc.sql("delete from plan_task where id = ?").param(e.getValue()).update();
                }
            }
        }
    }

    /**
     * The units a task is assigned to: the named ones, and the members of each non-concerned group on the plan's
     * date. Units picked for a concerned group stay while the group does. A unit that already reported keeps its
     * row (and its history) even when a new version of the document no longer names it.
     */
    private void assign(long taskId, PlanDraft.Task t, LocalDate on) {
        record Want(String role, long unitId, String source, int position) {
        }
        Map<String, Want> wants = new LinkedHashMap<>();
        for (String role : List.of("LEAD", "COORDINATE")) {
            List<PlanDraft.Agency> agencies = role.equals("LEAD") ? t.lead() : t.coordinate();
            for (int i = 0; i < agencies.size(); i++) {
                PlanDraft.Agency a = agencies.get(i);
                if (a.unitId() != null) {
                    wants.putIfAbsent(role + a.unitId(), new Want(role, a.unitId(), "NAMED", i));
                }
            }
            for (int i = 0; i < agencies.size(); i++) {
                PlanDraft.Agency a = agencies.get(i);
                AgencyGroup g = group(a.group());
                if (a.unitId() == null && g != null && !g.concerned()) {
                    for (long member : groups.members(a.name(), g, on)) {
                        wants.putIfAbsent(role + member, new Want(role, member, "GROUP", i));
                    }
                }
            }
        }
        jdbc.sql("""
                        delete from plan_task_assignee a where a.task_id = ? and a.source = 'PICKED' and not exists (
                            select 1 from plan_task_unit u where u.task_id = a.task_id and u.role = a.role
                              and u.position = a.source_position and u.agency_group = any(?))""")
                .params(taskId, new SqlArrayValue("text", CONCERNED.toArray())).update();
        // The wanted assignments as parallel bound arrays, unnested in SQL, rather than values spliced into the text.
        SqlArrayValue roles = new SqlArrayValue("text", wants.values().stream().map(Want::role).toArray());
        SqlArrayValue units = new SqlArrayValue("bigint", wants.values().stream().map(Want::unitId).toArray());
        jdbc.sql("""
                        delete from plan_task_assignee a where a.task_id = ? and a.source <> 'PICKED'
                          and a.status = 'NOT_STARTED' and a.review = 'NONE'
                          and not exists (select 1 from task_progress p where p.task_id = a.task_id and p.for_unit_id = a.unit_id)
                          and not exists (select 1 from unnest(?::text[], ?::bigint[]) k(role, unit_id)
                                          where k.role = a.role and k.unit_id = a.unit_id)""")
                .params(taskId, roles, units).update();
        if (!wants.isEmpty()) {
            // One statement per task: a group of communes has well over a hundred members.
            jdbc.sql("""
                    insert into plan_task_assignee (task_id, role, unit_id, source, source_position)
                    select ?, w.role, w.unit_id, w.source, w.position
                    from unnest(?::text[], ?::bigint[], ?::text[], ?::integer[]) w(role, unit_id, source, position)
                    on conflict (task_id, role, unit_id) do update set source = excluded.source,
                        source_position = excluded.source_position""")
                    .params(taskId, roles, units, new SqlArrayValue("text", wants.values().stream().map(Want::source).toArray()),
                            new SqlArrayValue("integer", wants.values().stream().map(Want::position).toArray()))
                    .update();
        }
        store.refresh(taskId);
    }

    /** A plan that implements one in the system hangs under it; one that replaces another marks it replaced. */
    private void linkReferences(long planId, PlanDraft draft) {
        Long parent = null;
        for (PlanDraft.Reference r : draft.references()) {
            Long target = store.planIdByNumber(r.number()).filter(id -> id != planId).orElse(null);
            if (target == null) {
                continue;
            }
            if ("IMPLEMENTS".equals(r.relation()) && parent == null) {
                parent = target;
            }
            if ("REPLACES".equals(r.relation())) {
                Map<String, Object> before = linkAudit(target);
                jdbc.sql("update plan set status = 'REPLACED', replaced_by_id = ?, updated_at = now() where id = ?")
                        .params(planId, target).update();
                Map<String, Object> after = linkAudit(target);
                if (!after.equals(before)) {
                    // another plan changes here: its own entry, not only the publishing plan's
                    audit.updated("plan", target, before, after, "Bị thay thế bởi kế hoạch " + nz(draft.number()));
                }
            }
        }
        jdbc.sql("update plan set parent_plan_id = ? where id = ?").params(parent, planId).update();
        // Plans already stored that implement or are replaced by this one link to it now.
        if (draft.number() != null) {
            List<Long> adopted = jdbc.sql("""
                            update plan p set parent_plan_id = ? from plan_reference r
                            where r.plan_id = p.id and p.id <> ? and r.relation = 'IMPLEMENTS' and p.parent_plan_id is null
                              and lower(replace(r.doc_number, ' ', '')) = lower(replace(?, ' ', ''))
                            returning p.id""")
                    .params(planId, planId, draft.number()).query(Long.class).list();
            for (long child : new java.util.TreeSet<>(adopted)) {
                Map<String, Object> before = linkAudit(child);
                before.put("parent_plan_id", null);
                audit.updated("plan", child, before, linkAudit(child), "Thực hiện kế hoạch " + nz(draft.number()));
            }
        }
    }

    /** What linking changes on a plan: its status, the plan replacing it, the plan it implements. */
    private Map<String, Object> linkAudit(long planId) {
        return new LinkedHashMap<>(jdbc.sql("select doc_number, status, replaced_by_id, parent_plan_id from plan where id = ?")
                .param(planId).query().singleRow());
    }
}
