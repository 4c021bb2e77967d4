package vn.cchc.scoring;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

/**
 * What units owe in open scoring rounds, for the reminders: a self-assessment not yet submitted (due on the round's
 * deadline, or the unit's own one after a reopening) and an explanation the appraiser asked for and the unit has
 * not sent (due on the round's explanation deadline). Read-only; the scoring module keeps its tables.
 */
@Component
@Transactional(readOnly = true)
public class ScoringDeadlines {

    private final JdbcClient jdbc;

    ScoringDeadlines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One unit's assessment in an open round with the day the owed step is due. */
    public record AssessmentDue(long assessmentId, long roundId, String roundName, long unitId, LocalDate due) {
    }

    /** Self-assessments still in draft whose deadline lies from {@code from} to {@code to}. */
    public List<AssessmentDue> selfAssessmentsDueBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select a.id, r.id as round_id, r.name, a.unit_id,
                               coalesce(a.self_deadline_override, r.self_deadline) as due
                        from score_assessment a join score_round r on r.id = a.round_id
                        where r.status = 'OPEN' and a.status = 'DRAFT'
                          and coalesce(a.self_deadline_override, r.self_deadline) between ? and ?
                        order by due, a.id""")
                .params(from, to).query(ScoringDeadlines::row).list();
    }

    /** Assessments with an item the appraiser asked to explain, not yet answered, due from {@code from} to {@code to}. */
    public List<AssessmentDue> explanationsDueBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select a.id, r.id as round_id, r.name, a.unit_id, r.explanation_deadline as due
                        from score_assessment a join score_round r on r.id = a.round_id
                        where r.status = 'OPEN' and a.explanation_submitted_at is null
                          and r.explanation_deadline between ? and ?
                          and exists (select 1 from score_item i where i.assessment_id = a.id
                                      and i.explanation_request is not null and i.explanation_answer is null)
                        order by due, a.id""")
                .params(from, to).query(ScoringDeadlines::row).list();
    }

    private static AssessmentDue row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new AssessmentDue(rs.getLong("id"), rs.getLong("round_id"), rs.getString("name"), rs.getLong("unit_id"),
                rs.getObject("due", LocalDate.class));
    }
}
