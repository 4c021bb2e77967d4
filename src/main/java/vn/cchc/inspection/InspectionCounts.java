package vn.cchc.inspection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.plan.FollowUpPlans;
import vn.cchc.plan.TaskState;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * What the periodic reports count of inspections for one unit and one window (the report's data cut-off window):
 * inspections of the unit made in the window, and the recommendations the unit is responsible for whose deadline
 * falls in the window (an undated one by its notice's date), by how their follow-up task stands at the window's end
 * (or today, if the window has not ended): done on time, done late, overdue, still open. The states are the task
 * board's own ({@link FollowUpPlans#unitTasks}), not computed again here.
 *
 * <p>Read by the reform reports' appendix ({@link InspectionAppendix}) and by {@code GET /api/v1/inspections/counts}.
 */
@Service
class InspectionCounts {

    record Counts(long unitId, LocalDate from, LocalDate to, long inspections, long recommendations, long doneOnTime,
                  long doneLate, long overdue, long open) {
    }

    private final JdbcClient jdbc;
    private final FollowUpPlans followUps;
    private final Clock clock;

    InspectionCounts(JdbcClient jdbc, FollowUpPlans followUps, Clock clock) {
        this.jdbc = jdbc;
        this.followUps = followUps;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Counts of(long unitId, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new InspectionRejected(List.of("Khoảng thời gian: ngày bắt đầu và ngày kết thúc chưa có hoặc ngược nhau."));
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = to.isBefore(today) ? to : today;
        long inspections = jdbc.sql("select count(*) from inspection where unit_id = ? and inspected_on between ? and ?")
                .params(unitId, from, to).query(Long.class).single();
        record Followed(long planId, long taskId) {
        }
        List<Followed> followed = jdbc.sql("""
                        select i.follow_up_plan_id, r.task_id from inspection_recommendation r
                        join inspection i on i.id = r.inspection_id
                        where coalesce(r.due, i.notice_date) between ? and ?
                        order by i.follow_up_plan_id, r.position""")
                .params(from, to).query((rs, n) -> new Followed(rs.getLong(1), rs.getLong(2))).list();
        long[] byState = new long[TaskState.values().length];
        long recommendations = 0;
        for (long planId : followed.stream().map(Followed::planId).distinct().toList()) {
            List<Long> tasks = followed.stream().filter(f -> f.planId() == planId).map(Followed::taskId).toList();
            for (FollowUpPlans.UnitTask t : followUps.unitTasks(planId, asOf)) {
                if (t.unitId() == unitId && tasks.contains(t.taskId())) {
                    recommendations++;
                    byState[t.state().ordinal()]++;
                }
            }
        }
        return new Counts(unitId, from, to, inspections, recommendations, byState[TaskState.DONE_ON_TIME.ordinal()],
                byState[TaskState.DONE_LATE.ordinal()], byState[TaskState.OVERDUE.ordinal()],
                byState[TaskState.NOT_STARTED.ordinal()] + byState[TaskState.IN_PROGRESS.ordinal()]);
    }
}
