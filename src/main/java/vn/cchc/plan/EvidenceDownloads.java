package vn.cchc.plan;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.security.UnitAccess;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who may open a progress report's evidence: a unit's evidence is its own (and its followers' and the standing
 * agency's) until the standing agency confirms the progress it proves; then every officer may read it, as the task
 * page shows it. The header search finds evidence by the same rule.
 */
@Component
class EvidenceDownloads {

    record File(String filename, String contentType, byte[] content) {
    }

    private record Stored(File file, long unitId, boolean confirmed, boolean draftPlan, Long planOwnerUnitId) {
    }

    private final JdbcClient jdbc;
    private final UnitAccess access;

    EvidenceDownloads(JdbcClient jdbc, UnitAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** @throws AccessDeniedException when the reader may not open it yet */
    @Transactional(readOnly = true)
    Optional<File> open(long evidenceId) {
        return jdbc.sql("""
                        select e.filename, e.content_type, e.content, coalesce(p.for_unit_id, p.author_unit_id),
                               p.review = 'CONFIRMED', pl.status = 'DRAFT', pl.owner_unit_id
                          from task_evidence e join task_progress p on p.id = e.progress_id
                          join plan_task t on t.id = p.task_id join plan pl on pl.id = t.plan_id
                         where e.id = ?""")
                .param(evidenceId)
                .query((rs, n) -> new Stored(new File(rs.getString(1), rs.getString(2), rs.getBytes(3)), rs.getLong(4),
                        rs.getBoolean(5), rs.getBoolean(6), (Long) rs.getObject(7)))
                .optional()
                .map(stored -> {
                    boolean planReadable = !stored.draftPlan() || access.isStandingAgency()
                            || (stored.planOwnerUnitId() != null && access.canReadUnsubmitted(stored.planOwnerUnitId()));
                    if (!planReadable || !(stored.confirmed() || access.canReadUnsubmitted(stored.unitId()))) {
                        throw new AccessDeniedException("plan.evidence");
                    }
                    return stored.file();
                });
    }

    /** The task's progress entries whose unconfirmed evidence the reader may open (confirmed evidence is open to all). */
    @Transactional(readOnly = true)
    Set<Long> openEntries(long taskId) {
        Set<Long> open = new HashSet<>();
        jdbc.sql("select id, coalesce(for_unit_id, author_unit_id) from task_progress where task_id = ?").param(taskId)
                .query((rs, n) -> {
                    if (access.canReadUnsubmitted(rs.getLong(2))) {
                        open.add(rs.getLong(1));
                    }
                    return null;
                }).list();
        return open;
    }
}
