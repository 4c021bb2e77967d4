package vn.cchc.scoring;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.audit.AuditLog;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes the history of a score (score_change) and its audit entry, in the caller's transaction. */
@Component
class ScoreChanges {

    static final String ITEM = "score_item";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ScoringTexts texts;
    private final Clock clock;

    ScoreChanges(JdbcClient jdbc, AuditLog audit, ScoringTexts texts, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.texts = texts;
        this.clock = clock;
    }

    /** Records a change of points (from may equal to: an accepted score is a step too). */
    @Transactional(propagation = Propagation.MANDATORY)
    void record(ScoreItem item, String label, String stage, BigDecimal from, BigDecimal to, String reason,
                Map<String, Object> before, Map<String, Object> after) {
        jdbc.sql("insert into score_change (item_id, stage, from_points, to_points, reason, actor, occurred_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(item.id(), stage, from, to, reason, CriteriaSets.actor(), OffsetDateTime.now(clock)).update();
        Map<String, Object> b = new LinkedHashMap<>(before);
        b.put("points", from);
        Map<String, Object> a = new LinkedHashMap<>(after);
        a.put("points", to);
        a.put("stage", stage);
        if (reason != null) {
            a.put("reason", reason);
        }
        audit.updated(ITEM, item.id(), b, a, texts.get("scoring.audit.score", label, texts.get("scoring.stage." + stage),
                texts.points(from), texts.points(to), reason == null ? "" : reason));
    }

    /** Records a change that is not about points (a note, a request, an answer). */
    @Transactional(propagation = Propagation.MANDATORY)
    void recordOther(ScoreItem item, String label, String stage, Map<String, Object> before, Map<String, Object> after) {
        audit.updated(ITEM, item.id(), before, after, texts.get("scoring.audit.item", label, texts.get("scoring.stage." + stage)));
    }
}
