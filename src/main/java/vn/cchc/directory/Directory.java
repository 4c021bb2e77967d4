package vn.cchc.directory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/** Read access to units for other modules. */
@Service
@Transactional(readOnly = true)
public class Directory {

    private final JdbcClient jdbc;

    Directory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UnitRef> findByCode(String code) {
        return jdbc.sql("select id, code, name, short_name, kind from unit where code = ?")
                .param(code).query(Directory::ref).optional();
    }

    public Optional<UnitRef> findById(long id) {
        return jdbc.sql("select id, code, name, short_name, kind from unit where id = ?")
                .param(id).query(Directory::ref).optional();
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

    public long count() {
        return jdbc.sql("select count(*) from unit").query(Long.class).single();
    }

    static UnitRef ref(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new UnitRef(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                rs.getString("short_name"), UnitKind.valueOf(rs.getString("kind")));
    }
}
