package vn.cchc.calendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The calendar tables: which years have a table and the entries of each. */
@Repository
class CalendarDays {

    private final JdbcClient jdbc;

    CalendarDays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean hasYear(int year) {
        return jdbc.sql("select count(*) from calendar_year where year = ?").param(year).query(Integer.class).single() > 0;
    }

    List<Integer> years() {
        return jdbc.sql("select year from calendar_year order by year").query(Integer.class).list();
    }

    List<DayEntry> of(int year) {
        return jdbc.sql("""
                        select day, kind, reason, confirmed, source from calendar_day where year = ? order by day""")
                .param(year).query((rs, n) -> new DayEntry(rs.getObject("day", LocalDate.class),
                        DayKind.valueOf(rs.getString("kind")), rs.getString("reason"), rs.getBoolean("confirmed"),
                        rs.getString("source"))).list();
    }

    Optional<DayEntry> at(LocalDate day) {
        return of(day.getYear()).stream().filter(e -> e.day().equals(day)).findFirst();
    }

    void createYear(int year, String by) {
        jdbc.sql("insert into calendar_year (year, created_by) values (?, ?)").params(year, by).update();
    }

    void insert(DayEntry e) {
        jdbc.sql("insert into calendar_day (day, year, kind, reason, confirmed, source) values (?, ?, ?, ?, ?, ?)")
                .params(e.day(), e.day().getYear(), e.kind().name(), e.reason(), e.confirmed(), e.source()).update();
    }

    int update(DayEntry e) {
        return jdbc.sql("update calendar_day set kind = ?, reason = ?, confirmed = ?, source = ? where day = ?")
                .params(e.kind().name(), e.reason(), e.confirmed(), e.source(), e.day()).update();
    }

    int delete(LocalDate day) {
        return jdbc.sql("delete from calendar_day where day = ?").param(day).update();
    }
}
