package vn.cchc.scoring;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.security.CchcUser;
import vn.cchc.security.CurrentUser;
import vn.cchc.security.Role;

import java.time.LocalDate;
import java.util.List;

/**
 * What waits for an appraiser, for their home page ({@code @appraisalQueue}): per open round, the areas their
 * department appraises that are not finalised, with the submitted items still without an appraised score (items of
 * the department's own unit excluded: the standing agency appraises those). One statement whatever the rounds.
 */
@Component
class AppraisalQueue {

    static final int MAX_AREAS = 50;

    private final JdbcClient jdbc;

    AppraisalQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One area of a round: how many submitted items of other units still wait for an appraised score. */
    record Waiting(long roundId, int year, String roundName, String areaCode, String areaName, long items,
                   long units, LocalDate deadline) {
    }

    /** The areas waiting for the signed-in appraiser's department, oldest round first; empty for other roles. */
    @Transactional(readOnly = true)
    public List<Waiting> mine() {
        CchcUser user = CurrentUser.get().orElse(null);
        if (user == null || !user.has(Role.APPRAISER)) {
            return List.of();
        }
        return jdbc.sql("""
                        select r.id, r.year, r.name, ra.area_code,
                               (select min(c2.name) from score_criterion c2
                                 where c2.code = ra.area_code
                                   and c2.set_id in (select a2.set_id from score_assessment a2 where a2.round_id = r.id))
                                   as area_name,
                               count(i.id) as items, count(distinct a.unit_id) filter (where i.id is not null) as units,
                               r.appraisal_deadline
                        from score_round r
                        join score_round_area ra on ra.round_id = r.id
                        left join score_assessment a on a.round_id = r.id and a.status = 'SUBMITTED' and a.unit_id <> ?
                        left join score_criterion c on (c.code = ra.area_code or c.code like ra.area_code || '.%')
                             and c.set_id = a.set_id and c.method <> 'SURVEY'
                        left join score_item i on i.assessment_id = a.id and i.criterion_id = c.id
                             and i.appraised_points is null and not i.not_applicable and i.explanation_outcome is null
                        where r.status = 'OPEN' and ra.appraiser_unit_id = ? and ra.finalised_at is null
                        group by r.id, r.year, r.name, ra.area_code, r.appraisal_deadline
                        order by r.year, r.id, length(ra.area_code), ra.area_code limit ?""")
                .params(user.unitId(), user.unitId(), MAX_AREAS)
                .query((rs, n) -> new Waiting(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getLong(6), rs.getLong(7), rs.getObject(8, LocalDate.class)))
                .list();
    }
}
