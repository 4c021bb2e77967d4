package vn.cchc.reminder;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.directory.UnitKind;
import vn.cchc.page.Page;
import vn.cchc.page.PageRequest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The standing agency's list of open escalations: each thing at its highest level, longest overdue first. */
@Component
@Transactional(readOnly = true)
class EscalationList {

    private final JdbcClient jdbc;
    private final ReminderDays days;

    EscalationList(JdbcClient jdbc, ReminderDays days) {
        this.jdbc = jdbc;
        this.days = days;
    }

    /** An open escalation with its unit and how many working days overdue it is today. */
    record Line(String kind, String label, String link, String unitName, LocalDate due, int level, int told,
                LocalDate escalatedOn, int workingDaysOverdue) {
    }

    private record Row(String kind, String label, String link, String unitName, LocalDate due, int level, int told,
                       LocalDate escalatedOn) {
    }

    Page<Line> open(UnitKind kind, String unitCode, LocalDate today, PageRequest page) {
        String sql = """
                select * from (
                  select distinct on (e.thing_type, e.thing_id) e.kind, e.label, e.link, u.name as unit_name, e.due,
                         e.level, e.told, e.escalated_on
                  from reminder_escalation e join unit u on u.id = e.unit_id
                  where e.resolved_on is null""" + (kind == null ? "" : " and u.kind = :kind")
                + (unitCode == null ? "" : " and u.code = :unit") + """
                  order by e.thing_type, e.thing_id, e.level desc) x
                order by x.due, x.label limit :limit offset :offset""";
        JdbcClient.StatementSpec spec = jdbc.sql(sql).param("limit", page.limitPlusOne()).param("offset", page.offset());
        if (kind != null) {
            spec = spec.param("kind", kind.name());
        }
        if (unitCode != null) {
            spec = spec.param("unit", unitCode);
        }
        List<Row> rows = spec.query((rs, n) -> new Row(rs.getString("kind"), rs.getString("label"), rs.getString("link"),
                rs.getString("unit_name"), rs.getObject("due", LocalDate.class), rs.getInt("level"), rs.getInt("told"),
                rs.getObject("escalated_on", LocalDate.class))).list();
        Map<LocalDate, Integer> late = days.overdueDays(rows.stream().map(Row::due).distinct().toList(), today);
        return Page.of(rows.stream().map(r -> new Line(r.kind(), r.label(), r.link(), r.unitName(), r.due(), r.level(),
                r.told(), r.escalatedOn(), late.get(r.due()))).toList(), page);
    }

    long openCount() {
        return jdbc.sql("select count(distinct (thing_type, thing_id)) from reminder_escalation where resolved_on is null")
                .query(Long.class).single();
    }
}
