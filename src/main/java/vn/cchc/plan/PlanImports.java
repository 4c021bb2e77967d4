package vn.cchc.plan;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;
import vn.cchc.audit.AuditLog;
import vn.cchc.directory.AgencyResolver;
import vn.cchc.directory.Directory;
import vn.cchc.directory.ResolvedAgency;
import vn.cchc.directory.UnitRef;
import vn.cchc.plan.parse.ParsedPlan;
import vn.cchc.plan.parse.PlanParsing;
import vn.cchc.security.CurrentUser;
import vn.cchc.security.UnitAccess;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Import of a plan document: parse into a draft held in the database (stateless nodes), let the officer
 * review and edit it, then publish. Nothing becomes a plan before publishing; the same document again
 * is offered as an update of the plan already stored.
 */
@Service
public class PlanImports {

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final AuditLog audit;
    private final UnitAccess access;
    private final Plans store;
    private final PlanPublication publication;
    private final Directory directory;
    private final ObjectProvider<AgencyResolver> resolver;
    private final AgencyGroups groups;
    private final XlsxTaskTemplate template;
    private final PlanParsing parsing;
    private final Clock clock;

    PlanImports(JdbcClient jdbc, ObjectMapper json, AuditLog audit, UnitAccess access, Plans store, PlanPublication publication,
                Directory directory, ObjectProvider<AgencyResolver> resolver, AgencyGroups groups,
                XlsxTaskTemplate template, PlanParsing parsing, Clock clock) {
        this.clock = clock;
        this.groups = groups;
        this.template = template;
        this.parsing = parsing;
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
        this.access = access;
        this.store = store;
        this.publication = publication;
        this.directory = directory;
        this.resolver = resolver;
    }

    public record Draft(long id, String filename, PlanDraft plan, Long existingPlanId, String state, Long publishedPlanId) {
    }

    private void requireStandingAgency() {
        if (!access.isStandingAgency()) {
            throw new AccessDeniedException("Chỉ cơ quan thường trực được nhập và công bố kế hoạch.");
        }
    }

    /** Parses a document into a draft; the parser's own exceptions (PlanParseException) carry a Vietnamese message. */
    public PlanDraft parse(byte[] content, String filename) {
        LocalDate fallback = LocalDate.now(clock);
        if (XlsxTaskTemplate.isXlsx(content)) {
            // Deadlines without a year ("Quý II") belong to the year of the plan the template was exported from.
            fallback = store.planIdByNumber(template.number(content)).flatMap(store::plan)
                    .map(p -> p.date() != null ? p.date() : p.year() != null ? LocalDate.of(p.year(), 1, 1) : null)
                    .orElse(fallback);
        }
        ParsedPlan parsed = parsing.parse(content, filename, fallback);
        PlanDraft draft = PlanDraft.from(parsed, parsing.sourceText(content), code -> directory.findByCode(code).map(UnitRef::id).orElse(null));
        if (XlsxTaskTemplate.isXlsx(content)) {
            draft = completeFromExisting(template.heading(content, draft));
        }
        return draft.withGroups((name, on) -> groups.groupOf(name, on).map(Enum::name).orElse(null));
    }

    /**
     * A task template carries no issuer or date; when its number is a plan already stored, the plan's own
     * metadata, references and targets are taken so publishing updates that plan instead of copying it.
     */
    private PlanDraft completeFromExisting(PlanDraft d) {
        Optional<PlanSummary> existing = store.planIdByNumber(d.number()).flatMap(store::plan);
        if (existing.isEmpty()) {
            return d;
        }
        PlanSummary p = existing.get();
        List<PlanDraft.Reference> refs = store.references(p.id()).stream()
                .map(r -> new PlanDraft.Reference(r.number(), r.date(), r.relation())).toList();
        List<PlanDraft.Target> targets = store.targets(p.id()).stream()
                .map(t -> new PlanDraft.Target(t.text(), t.metric(), t.comparator(), t.value(), t.unit())).toList();
        // The area, directing leader, priority and quarter are not in the template's columns: a task at the same place
        // (section, number, and which occurrence of it: seed 001 prints "4" twice in section IV) keeps them.
        Map<String, TaskRow> before = new java.util.HashMap<>();
        Map<String, Integer> seen = new java.util.HashMap<>();
        store.tasks(TaskFilter.ofPlan(p.id())).forEach(t -> {
            String at = Plans.nz(t.section()) + "|" + Plans.nz(t.number());
            before.put(at + "|" + seen.merge(at, 1, Integer::sum), t);
        });
        seen.clear();
        List<PlanDraft.Task> tasks = d.tasks().stream().map(t -> {
            String at = Plans.nz(t.section()) + "|" + Plans.nz(t.number());
            TaskRow old = before.get(at + "|" + seen.merge(at, 1, Integer::sum));
            return old == null ? t
                    : new PlanDraft.Task(t.section(), t.number(), "OTHER".equals(t.area()) ? old.area() : t.area(), t.content(),
                    t.directedBy() == null ? old.directedBy() : t.directedBy(), t.lead(), t.coordinate(), t.deadlineText(),
                    t.deadlineKind(), t.milestones(), t.recurrence(), t.output(), t.quarter() == null ? old.quarter() : t.quarter(),
                    t.priority() || old.priority(), t.warnings(), t.sectionTitle());
        }).toList();
        return new PlanDraft(p.number(), p.type(), p.title(), p.issuer(), p.place(), p.date(), p.signer(), p.signerTitle(),
                p.year(), p.theme(), p.purposes(), p.requirements(), refs, targets, tasks, d.warnings(), d.sourceText());
    }

    @Transactional
    public long upload(String filename, byte[] content) {
        requireStandingAgency();
        PlanDraft draft = parse(content, filename);
        Long existing = store.findByIdentity(draft.identityKey()).orElse(null);
        long id = jdbc.sql("""
                        insert into plan_import (filename, created_by, draft, existing_plan_id)
                        values (?, ?, cast(? as jsonb), ?) returning id""")
                .params(filename, CurrentUser.require().username(), json.writeValueAsString(draft), existing)
                .query(Long.class).single();
        audit.created("plan_import", id, Map.of("filename", String.valueOf(filename), "number", Plans.nz(draft.number()),
                "tasks", draft.tasks().size(), "existingPlanId", existing == null ? "" : existing), "Nhập văn bản kế hoạch để soát xét");
        return id;
    }

    /**
     * Joins the task table of an appendix sent as a separate file to an open draft (a decision often carries its
     * plan's table that way). Tasks the draft already has (same section, number and content) are not added again,
     * so attaching the same appendix twice changes nothing. Returns how many tasks were added.
     */
    @Transactional
    public int attachAppendix(long id, String filename, byte[] content) {
        requireStandingAgency();
        Draft before = requireOpen(id);
        PlanDraft draft = before.plan();
        LocalDate on = draft.effectiveDate() != null ? draft.effectiveDate() : LocalDate.now(clock);
        ParsedPlan appendix = parsing.parse(content, filename, on);
        if (appendix.tasks().isEmpty()) {
            throw new vn.cchc.plan.parse.PlanParseException(vn.cchc.plan.parse.PlanParseException.Reason.NOT_A_PLAN,
                    "Tệp phụ lục \"" + filename + "\" không có bảng nhiệm vụ nào để gắn vào bản nhập.");
        }
        PlanDraft extra = PlanDraft.from(appendix, null, code -> directory.findByCode(code).map(UnitRef::id).orElse(null))
                .withGroups((name, date) -> groups.groupOf(name, date).map(Enum::name).orElse(null));
        List<PlanDraft.Task> tasks = new ArrayList<>(draft.tasks());
        int added = 0;
        for (PlanDraft.Task t : extra.tasks()) {
            boolean known = tasks.stream().anyMatch(k -> Plans.nz(k.section()).equals(Plans.nz(t.section()))
                    && Plans.nz(k.number()).equals(Plans.nz(t.number()))
                    && Plans.nz(k.content()).equals(Plans.nz(t.content())));
            if (!known) {
                tasks.add(t);
                added++;
            }
        }
        if (added == 0) {
            return 0;
        }
        List<String> warnings = new ArrayList<>(draft.warnings().stream()
                .filter(w -> !w.startsWith(ParsedPlan.NO_TASK_TABLE)).toList());
        warnings.add("Đã gắn phụ lục \"" + filename + "\": " + extra.tasks().size() + " nhiệm vụ đọc được, " + added + " nhiệm vụ mới.");
        PlanDraft joined = draft.withTasks(tasks).withWarnings(warnings);
        jdbc.sql("update plan_import set draft = cast(? as jsonb), updated_at = now() where id = ?")
                .params(json.writeValueAsString(joined), id).update();
        audit.updated("plan_import", id, summary(draft), summary(joined), "Gắn phụ lục bảng nhiệm vụ vào bản nhập");
        return added;
    }

    @Transactional(readOnly = true)
    public Optional<Draft> find(long id) {
        return jdbc.sql("select id, filename, draft::text, existing_plan_id, state, published_plan_id from plan_import where id = ?")
                .param(id)
                .query((rs, n) -> new Draft(rs.getLong(1), rs.getString(2), json.readValue(rs.getString(3), PlanDraft.class),
                        (Long) rs.getObject(4), rs.getString(5), (Long) rs.getObject(6)))
                .optional();
    }

    @Transactional
    public void save(long id, PlanDraft edited) {
        requireStandingAgency();
        Draft before = requireOpen(id);
        Long existing = store.findByIdentity(edited.identityKey()).orElse(null);
        jdbc.sql("update plan_import set draft = cast(? as jsonb), existing_plan_id = ?, updated_at = now() where id = ?")
                .params(json.writeValueAsString(edited), existing, id).update();
        audit.updated("plan_import", id, summary(before.plan()), summary(edited), "Sửa bản nhập trước khi công bố");
    }

    @Transactional
    public PlanPublication.Published publish(long id) {
        requireStandingAgency();
        Draft draft = requireOpen(id);
        PlanPublication.Published published = publication.publish(draft.plan(), false);
        jdbc.sql("update plan_import set state = 'PUBLISHED', published_plan_id = ?, updated_at = now() where id = ?")
                .params(published.planId(), id).update();
        audit.updated("plan_import", id, Map.of("state", "REVIEW"), Map.of("state", "PUBLISHED", "planId", published.planId()),
                "Công bố bản nhập");
        return published;
    }

    @Transactional
    public void discard(long id) {
        requireStandingAgency();
        requireOpen(id);
        jdbc.sql("update plan_import set state = 'DISCARDED', updated_at = now() where id = ?").param(id).update();
        audit.updated("plan_import", id, Map.of("state", "REVIEW"), Map.of("state", "DISCARDED"), "Hủy bản nhập");
    }

    private Draft requireOpen(long id) {
        Draft d = find(id).orElseThrow(() -> new PlanRuleException("plan.error.notFound"));
        if (!"REVIEW".equals(d.state())) {
            throw new PlanRuleException("plan.error.importClosed");
        }
        return d;
    }

    private static Map<String, Object> summary(PlanDraft d) {
        return Map.of("number", Plans.nz(d.number()), "title", Plans.nz(d.title()), "issuer", Plans.nz(d.issuer()),
                "date", d.date() == null ? "" : d.date().toString(), "tasks", d.tasks().size(),
                "taskContents", d.tasks().stream().map(t -> Plans.nz(t.number()) + ". " + Plans.nz(t.content())).toList());
    }

    /** Agencies typed one per line in the review form: a name kept from before keeps its unit, a new one is resolved. */
    List<PlanDraft.Agency> agencies(String lines, List<PlanDraft.Agency> before, LocalDate onDate) {
        List<PlanDraft.Agency> result = new ArrayList<>();
        if (lines == null) {
            return result;
        }
        for (String raw : lines.split("\\R")) {
            String name = raw.strip();
            if (name.isEmpty()) {
                continue;
            }
            Optional<PlanDraft.Agency> same = before.stream().filter(a -> name.equals(a.name())).findFirst();
            if (same.isPresent()) {
                result.add(same.get());
                continue;
            }
            Long unitId = null;
            AgencyResolver r = resolver.getIfAvailable();
            if (r != null) {
                try {
                    unitId = r.resolve(name, onDate).stream().filter(ResolvedAgency::resolved)
                            .filter(a -> a.unit() != null).map(a -> a.unit().id()).findFirst().orElse(null);
                } catch (RuntimeException e) {
                    unitId = null;
                }
            }
            String group = unitId != null ? null : groups.groupOf(name, onDate).map(Enum::name).orElse(null);
            result.add(new PlanDraft.Agency(name, unitId, group));
        }
        return result;
    }
}
