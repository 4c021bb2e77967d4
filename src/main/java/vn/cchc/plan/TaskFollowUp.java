package vn.cchc.plan;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.audit.AuditLog;
import vn.cchc.security.CchcUser;
import vn.cchc.security.CurrentUser;
import vn.cchc.security.UnitAccess;
import vn.cchc.time.ProvinceTime;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The follow-up workflow of a task. A lead unit's officer posts progress; reporting it done waits for the
 * standing agency, which confirms or returns it with a reason. Postponing, cancelling and the one deadline
 * extension are requested with a reason and approved by the standing agency. Every change is audited.
 */
@Service
public class TaskFollowUp {

    private static final Set<String> POSTABLE = Set.of("NOT_STARTED", "IN_PROGRESS", "DONE");

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final UnitAccess access;
    private final EvidenceFiles evidence;
    private final Plans store;
    private final ProgressReports reports;
    private final ApplicationEventPublisher events;

    TaskFollowUp(JdbcClient jdbc, AuditLog audit, UnitAccess access, EvidenceFiles evidence, Plans store,
                    ProgressReports reports, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.reports = reports;
        this.events = events;
        this.audit = audit;
        this.access = access;
        this.evidence = evidence;
        this.store = store;
    }

    public record Upload(String filename, byte[] content) {
    }

    public record Post(String status, Integer percent, String note, String outputNumber, LocalDate outputDate,
                       String links) {
    }

    public record Evidence(long id, String filename, String contentType, long size) {
    }

    public record Entry(long id, String kind, String status, Integer percent, String note, String outputNumber,
                        LocalDate outputDate, List<String> links, LocalDate requestedDue, String author,
                        String authorUnit, OffsetDateTime createdAt, String review, String reviewedBy,
                        OffsetDateTime reviewedAt, String reviewReason, List<Evidence> files) {

        public boolean awaiting() {
            return "AWAITING".equals(review);
        }
    }

    /** Whether the signed-in user may post on this task: an officer of one of its lead units. */
    public boolean canPost(TaskRow task) {
        return postingUnit(task) != null;
    }

    /**
     * The lead unit the signed-in user reports for: their own unit when it leads the task (named, through a
     * group, or picked); an administrator, who may act for any unit, reports for the first lead unit otherwise.
     */
    public Long postingUnit(TaskRow task) {
        CchcUser user = CurrentUser.get().orElse(null);
        if (user == null) {
            return null;
        }
        if (task.unit(user.unitId()).isPresent() && access.canChange(user.unitId())) {
            return user.unitId();
        }
        return task.units().stream().map(TaskRow.UnitProgress::unitId).filter(access::canChange).findFirst().orElse(null);
    }

    private TaskRow requirePostable(long taskId) {
        TaskRow task = store.task(taskId).orElseThrow(() -> new PlanRuleException("plan.error.notFound"));
        if (!canPost(task)) {
            throw new AccessDeniedException("Chỉ cán bộ của đơn vị chủ trì được cập nhật tiến độ nhiệm vụ này.");
        }
        if (!task.followed()) {
            throw new PlanRuleException("plan.error.planClosed");
        }
        return task;
    }

    @Transactional
    public long post(long taskId, Post post, List<Upload> files) {
        TaskRow shared = requirePostable(taskId);
        long unitId = postingUnit(shared);
        // Each lead unit reports its own part; the task's status follows from all of them (Plans.refresh).
        TaskRow task = shared.asSeenBy(unitId);
        if (!POSTABLE.contains(post.status())) {
            throw new PlanRuleException("plan.error.badStatus");
        }
        if (task.status().equals("DONE") || task.status().equals("CANCELLED") || task.awaitingConfirmation()) {
            throw new PlanRuleException("plan.error.closed");
        }
        int percent = post.percent() == null ? task.percent() : post.percent();
        if (percent < 0 || percent > 100) {
            throw new PlanRuleException("plan.error.percent");
        }
        if ("DONE".equals(post.status())) {
            percent = 100;
        }
        List<String> types = new ArrayList<>();
        for (Upload u : files) {
            types.add(evidence.check(u.content()));
        }
        CchcUser user = CurrentUser.require();
        boolean done = "DONE".equals(post.status());
        Map<String, Object> before = taskAudit(taskId);
        LeadPart part = reports.leadPart(taskId, unitId).report(LeadPart.Status.valueOf(post.status()));
        reports.moveLeadPart(part, percent);
        long id = jdbc.sql("""
                        insert into task_progress (task_id, kind, status, percent, note, output_number, output_date, links,
                                                   author, author_unit_id, review, for_unit_id)
                        values (?, 'UPDATE', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(taskId, post.status(), percent, blank(post.note()), blank(post.outputNumber()), post.outputDate(),
                        blank(post.links()), user.username(), user.unitId(), done ? "AWAITING" : "NONE", unitId)
                .query(Long.class).single();
        for (int i = 0; i < files.size(); i++) {
            Upload u = files.get(i);
            jdbc.sql("""
                            insert into task_evidence (progress_id, filename, content_type, size_bytes, sha256, content)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(id, EvidenceFiles.safeName(u.filename()), types.get(i), u.content().length, sha256(u.content()),
                            u.content())
                    .update();
        }
        store.refresh(taskId);
        Map<String, Object> entry = progressAudit(id);
        audit.created("task_progress", id, entry, done ? "Báo cáo hoàn thành nhiệm vụ, chờ xác nhận" : "Cập nhật tiến độ nhiệm vụ");
        audit.updated("plan_task", taskId, before, taskAudit(taskId), "Cập nhật tiến độ nhiệm vụ");
        return id;
    }

    /** The standing agency confirms a completion report: the task is done, on time or late by its output date. */
    @Transactional
    public void confirm(long progressId) {
        CchcUser user = CurrentUser.require();
        Map<String, Object> p = row(progressId);
        ProgressReport report = requireReviewer(reports.of(p)).confirm(user);
        long taskId = report.taskId();
        String kind = report.kind();
        Map<String, Object> before = taskAudit(taskId);
        Map<String, Object> pBefore = progressAudit(progressId);
        String who = user.username();
        reports.moveReview(report, who, null);
        switch (kind) {
            case "UPDATE" -> {
                LocalDate completed = p.get("output_date") != null ? ((java.sql.Date) p.get("output_date")).toLocalDate()
                        : ((java.sql.Timestamp) p.get("created_at")).toInstant().atZone(ProvinceTime.ZONE).toLocalDate();
                Object unit = p.get("for_unit_id");
                if (unit != null) {
                    jdbc.sql("""
                                    update plan_task_assignee set status = 'DONE', percent = 100, completed_on = ?, review = 'NONE',
                                        review_reason = null, updated_at = now() where task_id = ? and role = 'LEAD' and unit_id = ?""")
                            .params(completed, taskId, ((Number) unit).longValue()).update();
                    store.refresh(taskId);
                } else {
                    // A report from before per-unit progress: it stands for the whole task.
                    jdbc.sql("""
                                    update plan_task set status = 'DONE', percent = 100, completed_on = ?, review = 'NONE',
                                        review_reason = null, updated_at = now() where id = ?""")
                            .params(completed, taskId).update();
                }
            }
            case "POSTPONE", "CANCEL" -> jdbc.sql("""
                            update plan_task set status = ?, hold_reason = ?, review = 'NONE', updated_at = now() where id = ?""")
                    .params("POSTPONE".equals(kind) ? "POSTPONED" : "CANCELLED", p.get("note"), taskId).update();
            case "EXTENSION" -> {
                int granted = jdbc.sql("""
                                update plan_task set extended_due = ?, extension_reason = ?, extension_approved_by = ?,
                                    updated_at = now() where id = ? and extended_due is null""")
                        .params(p.get("requested_due"), p.get("note"), who, taskId).update();
                if (granted == 0) {
                    throw new PlanRuleException("plan.error.extensionUsed");
                }
            }
            default -> throw new PlanRuleException("plan.error.badStatus");
        }
        audit.updated("task_progress", progressId, pBefore, progressAudit(progressId), "Xác nhận / phê duyệt");
        audit.updated("plan_task", taskId, before, taskAudit(taskId), "Cơ quan thường trực xác nhận");
        events.publishEvent(new ProgressConfirmed(progressId, taskId, report.unitId(), user.id()));
    }

    /** The standing agency returns a report or request with a reason; the unit corrects and posts again. */
    @Transactional
    public void returnForCorrection(long progressId, String reason) {
        CchcUser user = CurrentUser.require();
        Map<String, Object> p = row(progressId);
        ProgressReport report = requireReviewer(reports.of(p));
        if (reason == null || reason.isBlank()) {
            throw new PlanRuleException("plan.error.reasonRequired");
        }
        report = report.returnForCorrection(user);
        long taskId = report.taskId();
        Map<String, Object> before = taskAudit(taskId);
        Map<String, Object> pBefore = progressAudit(progressId);
        reports.moveReview(report, user.username(), reason.strip());
        Object unit = p.get("for_unit_id");
        if (unit != null) {
            jdbc.sql("""
                            update plan_task_assignee set review = 'RETURNED', review_reason = ?, updated_at = now()
                            where task_id = ? and role = 'LEAD' and unit_id = ?""")
                    .params(reason.strip(), taskId, ((Number) unit).longValue()).update();
            store.refresh(taskId);
        } else {
            jdbc.sql("update plan_task set review = 'RETURNED', review_reason = ?, updated_at = now() where id = ?")
                    .params(reason.strip(), taskId).update();
        }
        audit.updated("task_progress", progressId, pBefore, progressAudit(progressId), "Trả lại: " + reason.strip());
        audit.updated("plan_task", taskId, before, taskAudit(taskId), "Trả lại để bổ sung");
        events.publishEvent(new ProgressReturned(progressId, taskId, report.unitId(), user.id(), reason.strip()));
    }

    /** Asks to postpone, cancel or extend (once) a task; the reason is required. */
    @Transactional
    public long request(long taskId, String kind, String reason, LocalDate requestedDue) {
        TaskRow task = store.task(taskId).orElseThrow(() -> new PlanRuleException("plan.error.notFound"));
        if (!canPost(task) && !access.isStandingAgency()) {
            throw new AccessDeniedException("Chỉ đơn vị chủ trì hoặc cơ quan thường trực được đề nghị.");
        }
        if (!Set.of("POSTPONE", "CANCEL", "EXTENSION").contains(kind)) {
            throw new PlanRuleException("plan.error.badStatus");
        }
        if (reason == null || reason.isBlank()) {
            throw new PlanRuleException("plan.error.reasonRequired");
        }
        if ("EXTENSION".equals(kind)) {
            if (requestedDue == null) {
                throw new PlanRuleException("plan.error.dueRequired");
            }
            long pending = jdbc.sql("select count(*) from task_progress where task_id = ? and kind = 'EXTENSION' and review in ('AWAITING', 'CONFIRMED')")
                    .param(taskId).query(Long.class).single();
            if (task.extendedDue() != null || pending > 0) {
                throw new PlanRuleException("plan.error.extensionUsed");
            }
        }
        if (task.status().equals("DONE") || task.status().equals("CANCELLED")) {
            throw new PlanRuleException("plan.error.closed");
        }
        CchcUser user = CurrentUser.require();
        long id = jdbc.sql("""
                        insert into task_progress (task_id, kind, note, requested_due, author, author_unit_id, review)
                        values (?, ?, ?, ?, ?, ?, 'AWAITING') returning id""")
                .params(taskId, kind, reason.strip(), requestedDue, user.username(), user.unitId())
                .query(Long.class).single();
        audit.created("task_progress", id, progressAudit(id), "Đề nghị " + kind);
        return id;
    }

    private Map<String, Object> row(long progressId) {
        return jdbc.sql("select * from task_progress where id = ?").param(progressId).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new PlanRuleException("plan.error.notFound"));
    }

    /**
     * For each entry of the task awaiting a decision that the signed-in user reviews: null when they may decide it,
     * else the message key saying why not (their own report, their own unit's).
     */
    @Transactional(readOnly = true)
    public Map<Long, String> decisions(long taskId) {
        CchcUser user = CurrentUser.get().orElse(null);
        Map<Long, String> decisions = new HashMap<>();
        if (user == null) {
            return decisions;
        }
        jdbc.sql("select * from task_progress where task_id = ? and review = 'AWAITING'").param(taskId).query().listOfRows()
                .stream().map(reports::of)
                .filter(r -> access.isStandingAgency() || access.follows(r.unitId()))
                .forEach(r -> decisions.put(r.id(), r.refusal(user)));
        return decisions;
    }

    /** The standing agency decides; a leader decides for the units they follow (so the standing agency's own work too). */
    private ProgressReport requireReviewer(ProgressReport report) {
        if (!access.isStandingAgency() && !access.follows(report.unitId())) {
            throw new AccessDeniedException("Chỉ cơ quan thường trực hoặc lãnh đạo theo dõi đơn vị được xác nhận, trả lại hoặc phê duyệt.");
        }
        return report;
    }

    @Transactional(readOnly = true)
    public List<Entry> entries(long taskId) {
        Map<Long, List<Evidence>> files = new HashMap<>();
        jdbc.sql("""
                        select e.progress_id, e.id, e.filename, e.content_type, e.size_bytes from task_evidence e
                        join task_progress p on p.id = e.progress_id where p.task_id = ? order by e.id""")
                .param(taskId)
                .query((rs, n) -> files.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new Evidence(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5))))
                .list();
        return jdbc.sql("""
                        select p.id, p.kind, p.status, p.percent, p.note, p.output_number, p.output_date, p.links, p.requested_due,
                               p.author, coalesce(f.name, u.name) as unit_name, p.created_at, p.review, p.reviewed_by, p.reviewed_at,
                               p.review_reason
                        from task_progress p left join unit u on u.id = p.author_unit_id left join unit f on f.id = p.for_unit_id
                        where p.task_id = ? order by p.id desc""")
                .param(taskId)
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), (Integer) rs.getObject(4),
                        rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class),
                        rs.getString(8) == null ? List.of() : rs.getString(8).lines().map(String::strip)
                                .filter(s -> !s.isEmpty()).toList(),
                        rs.getObject(9, LocalDate.class), rs.getString(10), rs.getString(11),
                        rs.getObject(12, OffsetDateTime.class), rs.getString(13), rs.getString(14),
                        rs.getObject(15, OffsetDateTime.class), rs.getString(16), files.getOrDefault(rs.getLong(1), List.of())))
                .list();
    }

    /** Tasks with a progress entry awaiting the standing agency. */
    @Transactional(readOnly = true)
    public List<Long> tasksAwaiting() {
        return jdbc.sql("select distinct task_id from task_progress where review = 'AWAITING'").query(Long.class).list();
    }

    Map<String, Object> taskAudit(long taskId) {
        Map<String, Object> m = new LinkedHashMap<>(jdbc.sql("""
                        select status, review, review_reason, percent, completed_on::text as completed_on,
                               extended_due::text as extended_due, extension_reason, hold_reason
                        from plan_task where id = ?""")
                .param(taskId).query().singleRow());
        // Lead units that reported: the per-unit part of the change (untouched units would only add noise).
        m.put("units", jdbc.sql("""
                        select unit_id || ':' || status || ':' || review || ':' || percent || coalesce(':' || completed_on, '')
                        from plan_task_assignee where task_id = ? and role = 'LEAD' and (status <> 'NOT_STARTED' or review <> 'NONE')
                        order by unit_id""")
                .param(taskId).query(String.class).list());
        return m;
    }

    Map<String, Object> progressAudit(long id) {
        Map<String, Object> m = new LinkedHashMap<>(jdbc.sql("""
                        select task_id, kind, status, percent, note, output_number, output_date::text as output_date, links,
                               requested_due::text as requested_due, author, for_unit_id, review, reviewed_by, review_reason
                        from task_progress where id = ?""")
                .param(id).query().singleRow());
        m.put("files", jdbc.sql("select filename || ' (' || size_bytes || ' B, ' || sha256 || ')' from task_evidence where progress_id = ?")
                .param(id).query(String.class).list());
        return m;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
