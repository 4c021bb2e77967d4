package vn.cchc.urging;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;
import vn.cchc.page.Page;
import vn.cchc.page.PageRequest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The SQL of the urging tables: letters, the units each went to, what each listed, and the yearly numbering. */
@Repository
class Letters {

    /** A letter as lists and its page show it (the files are read only to download). */
    record Letter(long id, UrgingSource source, String number, LocalDate issuedOn, String issuedBy, String periodKey,
                  Integer planYear, Long planId, OffsetDateTime createdAt, List<Listing.UnitPart> units) {

        public int itemCount() {
            return units.stream().mapToInt(u -> u.items().size()).sum();
        }
    }

    private final JdbcClient jdbc;

    Letters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the form's key for a new letter; empty when a letter already has it. A second submission of the same
     * form waits here on the key's unique index until the first commits, then finds it taken.
     */
    Optional<Long> claim(String key, UrgingSource source, Integer planYear, Long planId, String periodKey,
                         LocalDate issuedOn, String issuedBy) {
        return jdbc.sql("""
                        insert into urging_letter (submission_key, source, plan_year, plan_id, period_key, year, issued_on,
                                                   issued_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (submission_key) do nothing returning id""")
                .params(key, source.name(), planYear, planId, periodKey, issuedOn.getYear(), issuedOn, issuedBy)
                .query(Long.class).optional();
    }

    Optional<Long> byKey(String key) {
        return jdbc.sql("select id from urging_letter where submission_key = ?").param(key).query(Long.class).optional();
    }

    /** The year's next number: one row per year, incremented under its row lock, so two letters never share one. */
    int nextNumber(int year) {
        return jdbc.sql("""
                        insert into urging_sequence (year, last_number) values (?, 1)
                        on conflict (year) do update set last_number = urging_sequence.last_number + 1
                        returning last_number""")
                .param(year).query(Integer.class).single();
    }

    void complete(long id, int sequence, String number, byte[] docx, byte[] pdf, Listing listing) {
        jdbc.sql("update urging_letter set sequence = ?, number = ?, docx = ?, pdf = ? where id = ?")
                .params(sequence, number, docx, pdf, id).update();
        int unitPosition = 0;
        for (Listing.UnitPart u : listing.units()) {
            jdbc.sql("insert into urging_letter_unit (letter_id, unit_id, position) values (?, ?, ?)")
                    .params(id, u.unitId(), ++unitPosition).update();
            int position = 0;
            for (Listing.Item i : u.items()) {
                jdbc.sql("""
                                insert into urging_letter_item (letter_id, unit_id, position, task_id, reference, content,
                                                                deadline_text, due, days_late, period_key)
                                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(id, u.unitId(), ++position, i.taskId(), i.reference(), i.content(), i.deadlineText(),
                                i.due(), i.daysLate(), i.periodKey()).update();
            }
        }
    }

    /** The units a letter went to. */
    List<Long> unitsOf(long id) {
        return jdbc.sql("select unit_id from urging_letter_unit where letter_id = ? order by position")
                .param(id).query(Long.class).list();
    }

    Optional<byte[]> file(long id, boolean pdf) {
        return jdbc.sql("select " + (pdf ? "pdf" : "docx") + " from urging_letter where id = ? and number is not null")
                .param(id).query((rs, n) -> rs.getBytes(1)).optional();
    }

    Optional<Letter> find(long id) {
        List<Letter> one = load(List.of(id));
        return one.isEmpty() ? Optional.empty() : Optional.of(one.get(0));
    }

    /** One page of letters, newest first: all of them, or those sent to one of {@code units}. */
    Page<Letter> page(Collection<Long> units, PageRequest page) {
        String where = units == null ? ""
                : " and exists (select 1 from urging_letter_unit lu where lu.letter_id = l.id and lu.unit_id = any(:units))";
        JdbcClient.StatementSpec spec = jdbc.sql("select l.id from urging_letter l where l.number is not null" + where
                        + " order by l.issued_on desc, l.id desc limit :limit offset :offset")
                .param("limit", page.limitPlusOne()).param("offset", page.offset());
        if (units != null) {
            spec = spec.param("units", new SqlArrayValue("bigint", units.toArray()));
        }
        Page<Long> ids = Page.of(spec.query(Long.class).list(), page);
        return new Page<>(load(ids.items()), page, ids.hasNext());
    }

    /** How often each unit was urged and when last, one statement for all of them. */
    Map<Long, UrgingHistory> history(Collection<Long> units) {
        Map<Long, UrgingHistory> out = new HashMap<>();
        units.forEach(u -> out.put(u, UrgingHistory.none(u)));
        if (units.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                        select lu.unit_id, count(*), max(l.issued_on) from urging_letter_unit lu
                        join urging_letter l on l.id = lu.letter_id
                        where l.number is not null and lu.unit_id = any(?) group by lu.unit_id""")
                .param(new SqlArrayValue("bigint", units.toArray()))
                .query((rs, n) -> new UrgingHistory(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class)))
                .list().forEach(h -> out.put(h.unitId(), h));
        return out;
    }

    /** Letters with these ids, in this order, with their units and items: three statements whatever their number. */
    private List<Letter> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        SqlArrayValue array = new SqlArrayValue("bigint", ids.toArray());
        Map<Long, Map<Long, List<Listing.Item>>> items = new HashMap<>();
        jdbc.sql("""
                        select letter_id, unit_id, task_id, reference, content, deadline_text, due, days_late, period_key
                        from urging_letter_item where letter_id = any(?) order by letter_id, unit_id, position""")
                .param(array)
                .query((rs, n) -> items.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                        .computeIfAbsent(rs.getLong(2), k -> new ArrayList<>())
                        .add(new Listing.Item((Long) rs.getObject(3), rs.getString(4), rs.getString(5), rs.getString(6),
                                rs.getObject(7, LocalDate.class), rs.getObject(8) == null ? null : rs.getLong(8), rs.getString(9))))
                .list();
        Map<Long, List<Listing.UnitPart>> units = new HashMap<>();
        jdbc.sql("""
                        select lu.letter_id, lu.unit_id, u.name from urging_letter_unit lu join unit u on u.id = lu.unit_id
                        where lu.letter_id = any(?) order by lu.letter_id, lu.position""")
                .param(array)
                .query((rs, n) -> units.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new Listing.UnitPart(rs.getLong(2), rs.getString(3), items
                                .getOrDefault(rs.getLong(1), Map.of()).getOrDefault(rs.getLong(2), List.of()))))
                .list();
        Map<Long, Letter> letters = new LinkedHashMap<>();
        jdbc.sql("""
                        select id, source, number, issued_on, issued_by, period_key, plan_year, plan_id, created_at
                        from urging_letter where id = any(?) and number is not null""")
                .param(array)
                .query((rs, n) -> letters.put(rs.getLong(1), new Letter(rs.getLong(1),
                        UrgingSource.valueOf(rs.getString(2)), rs.getString(3), rs.getObject(4, LocalDate.class),
                        rs.getString(5), rs.getString(6), (Integer) rs.getObject(7), (Long) rs.getObject(8),
                        rs.getObject(9, OffsetDateTime.class), units.getOrDefault(rs.getLong(1), List.of()))))
                .list();
        return ids.stream().map(letters::get).filter(java.util.Objects::nonNull).toList();
    }
}
