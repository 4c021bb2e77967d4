package vn.cchc.directory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Read access to units for other modules. */
@Service
@Transactional(readOnly = true)
public class Directory {

    private final JdbcClient jdbc;
    private final Units units;
    private final Clock clock;

    Directory(JdbcClient jdbc, Units units, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.units = units;
    }

    public Optional<UnitRef> findByCode(String code) {
        return jdbc.sql("select id, code, name, short_name, kind from unit where code = ?")
                .param(code).query(Directory::ref).optional();
    }

    public Optional<UnitRef> findById(long id) {
        return jdbc.sql("select id, code, name, short_name, kind from unit where id = ?")
                .param(id).query(Directory::ref).optional();
    }

    /** Several units in one statement (a page naming many units must not look them up one by one); unknown ids are left out. */
    public List<UnitRef> findAllById(java.util.Collection<Long> ids) {
        return jdbc.sql("select id, code, name, short_name, kind from unit where id = any(?)")
                .param(ids.toArray(Long[]::new)).query(Directory::ref).list();
    }

    /** Units that exist today, ordered for a select box: by kind, then Vietnamese name order. */
    public List<UnitRef> current() {
        return jdbc.sql("""
                        select id, code, name, short_name, kind from unit
                        where (valid_to is null or valid_to >= current_date)
                          and (valid_from is null or valid_from <= current_date)
                        order by kind, name collate vi """)
                .query(Directory::ref).list();
    }

    /** The units of these kinds that exist on the day, kind by kind in the order given, then in Vietnamese name order. */
    public List<UnitRef> existingOn(List<UnitKind> kinds, LocalDate day) {
        return jdbc.sql("""
                        select id, code, name, short_name, kind from unit
                        where kind = any(?) and (valid_from is null or valid_from <= ?) and (valid_to is null or valid_to >= ?)
                        order by array_position(?, kind::text), name collate vi, id""")
                .params(kinds.stream().map(Enum::name).toArray(String[]::new), day, day,
                        kinds.stream().map(Enum::name).toArray(String[]::new))
                .query(Directory::ref).list();
    }

    public Optional<Unit> unit(String code) {
        return units.findByCode(code);
    }

    /** The unit's id, or null when no unit has the code; lets security expressions name a unit by code. */
    public Long idOf(String code) {
        return findByCode(code).map(UnitRef::id).orElse(null);
    }

    public List<Unit> search(UnitQuery query) {
        return units.search(query, LocalDate.now(clock));
    }

    /** One page of the matches, in the same order as {@link #search(UnitQuery)}. */
    public vn.cchc.page.Page<Unit> search(UnitQuery query, vn.cchc.page.PageRequest page) {
        return vn.cchc.page.Page.of(units.search(query, LocalDate.now(clock), page), page);
    }

    public Optional<UnitDetails> details(String code) {
        return units.findByCode(code).map(u -> new UnitDetails(u,
                u.parentCode() == null ? null : findByCode(u.parentCode()).orElse(null),
                units.children(u.id()), units.predecessors(u.id()), units.byCodes(u.successorCodes()),
                units.nameHistory(u.id())));
    }

    /** The units a leader follows (set by the administrator on the user's account). */
    public List<UnitRef> followedBy(String username) {
        return units.followedBy(username);
    }

    /** These units (a search's matches) as a tree. */
    UnitTree tree(List<Unit> shown) {
        return UnitTree.of(shown, units.all(), LocalDate.now(clock));
    }

    public long count() {
        return jdbc.sql("select count(*) from unit").query(Long.class).single();
    }

    static UnitRef ref(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new UnitRef(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                rs.getString("short_name"), UnitKind.valueOf(rs.getString("kind")));
    }
}
