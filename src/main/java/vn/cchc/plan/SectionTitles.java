package vn.cchc.plan;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.cchc.plan.parse.PlanSection;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The printed titles of plans' sections, as stored with their tasks: the plan page, the task page and the exports
 * show "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, ĐIỀU HÀNH" where a title was printed, the bare section otherwise.
 */
@Repository
class SectionTitles {

    private final JdbcClient jdbc;

    SectionTitles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Section → title for one plan; public for the templates of the plan and task pages ({@code @sectionTitles}). */
    public Map<String, String> ofPlan(long planId) {
        return ofPlans(List.of(planId)).getOrDefault(planId, Map.of());
    }

    /** Plan → section → title, in one statement whatever the number of plans. */
    Map<Long, Map<String, String>> ofPlans(Collection<Long> planIds) {
        Map<Long, Map<String, String>> titles = new HashMap<>();
        if (planIds.isEmpty()) {
            return titles;
        }
        jdbc.sql("""
                        select distinct on (plan_id, section) plan_id, section, section_title from plan_task
                        where plan_id = any(?) and section is not null and section_title is not null
                        order by plan_id, section, position""")
                .param(planIds.toArray(Long[]::new))
                .query((rs, n) -> titles.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), rs.getString(3)))
                .list();
        return titles;
    }

    /** The heading of a plan's section: "I. CÔNG TÁC …" or "I". */
    static String heading(Map<Long, Map<String, String>> titles, long planId, String section) {
        return PlanSection.heading(section, titles.getOrDefault(planId, Map.of()).get(section));
    }
}
