package vn.cchc.feedback;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of the cases in a window, by the unit they were assigned to and by field: received, answered on time
 * (by the due day, which the clock's pauses moved), answered late, and still open past their due day at the window's
 * end. Refused cases count as received only. One statement per question, whatever the number of units.
 */
@Repository
class FeedbackFigures {

    record Counts(long received, long answeredOnTime, long answeredLate, long openOverdue) {
    }

    /** One line of a table of figures: a field's name, or a unit's. */
    record FieldCounts(String fieldName, Counts counts) {
    }

    /** For indicator 5.2: the cases received or answered in the window (refused ones left out), and those answered on time. */
    record OnTime(long cases, long onTime) {
    }

    private static final String COUNTS = """
            count(*) filter (where received_on between :from and :to) as received,
            count(*) filter (where answered_on between :from and :to and answered_on <= due_on) as on_time,
            count(*) filter (where answered_on between :from and :to and answered_on > due_on) as late,
            count(*) filter (where status in ('RECEIVED', 'ACCEPTED', 'ASSIGNED') and received_on <= :to
                             and due_on < :to) as overdue""";

    private final JdbcClient jdbc;

    FeedbackFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Counts ofUnit(long unitId, LocalDate from, LocalDate to) {
        return jdbc.sql("select " + COUNTS + " from feedback where unit_id = :unit")
                .param("from", from).param("to", to).param("unit", unitId).query(FeedbackFigures::counts).single();
    }

    Map<Long, Counts> byUnit(LocalDate from, LocalDate to) {
        Map<Long, Counts> out = new HashMap<>();
        jdbc.sql("select unit_id, " + COUNTS + " from feedback where unit_id is not null group by unit_id")
                .param("from", from).param("to", to)
                .query(rs -> {
                    out.put(rs.getLong("unit_id"), counts(rs, 0));
                });
        return out;
    }

    List<FieldCounts> byField(LocalDate from, LocalDate to) {
        List<FieldCounts> out = new ArrayList<>();
        jdbc.sql("select coalesce(ff.name, 'Chưa phân loại') as name, " + COUNTS
                        + " from feedback f left join feedback_field ff on ff.code = f.field_code"
                        + " group by ff.name, ff.sort_order order by ff.sort_order nulls last")
                .param("from", from).param("to", to)
                .query(rs -> {
                    out.add(new FieldCounts(rs.getString("name"), counts(rs, 0)));
                });
        return out;
    }

    /** Indicator 5.2 per unit (key null: the province). */
    Map<Long, OnTime> onTime(LocalDate from, LocalDate to) {
        Map<Long, OnTime> out = new HashMap<>();
        jdbc.sql("""
                        select unit_id, count(*) as cases,
                               count(*) filter (where answered_on is not null and answered_on <= due_on and answered_on <= :to) as on_time
                        from feedback
                        where unit_id is not null and status <> 'REFUSED'
                          and (received_on between :from and :to or answered_on between :from and :to)
                        group by unit_id""")
                .param("from", from).param("to", to)
                .query(rs -> {
                    out.put(rs.getLong("unit_id"), new OnTime(rs.getLong("cases"), rs.getLong("on_time")));
                });
        return out;
    }

    private static Counts counts(ResultSet rs, int n) throws SQLException {
        return new Counts(rs.getLong("received"), rs.getLong("on_time"), rs.getLong("late"), rs.getLong("overdue"));
    }
}
