package vn.cchc.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@Repository
class Users {

    private static final String SELECT = """
            select u.id, u.username, u.full_name, u.email, u.unit_id, un.code as unit_code, un.name as unit_name,
                   u.password_hash, u.enabled, u.locked_until, u.last_login_at,
                   (select max(t.locked_until) from sign_in_throttle t
                    where t.username_key = lower(u.username) and t.locked_until > now()) as throttled_until,
                   coalesce((select string_agg(r.role, ',') from app_user_role r where r.user_id = u.id), '') as roles,
                   coalesce((select string_agg(f.unit_id::text, ',') from app_user_followed_unit f
                             where f.user_id = u.id), '') as followed
            from app_user u join unit un on un.id = u.unit_id
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    Users(JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    Optional<CchcUser> principal(String username) {
        return jdbc.sql(SELECT + " where lower(u.username) = lower(?)").param(username)
                .query((rs, n) -> new CchcUser(rs.getLong("id"), rs.getString("username"), rs.getString("full_name"),
                        rs.getLong("unit_id"), rs.getString("unit_code"), rs.getString("unit_name"), roles(rs),
                        rs.getBoolean("enabled"), running(instant(rs, "locked_until")), rs.getString("password_hash")))
                .optional();
    }

    Optional<UserAccount> find(long id) {
        return jdbc.sql(SELECT + " where u.id = ?").param(id).query(this::account).optional();
    }

    Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql(SELECT + " where lower(u.username) = lower(?)").param(username)
                .query(this::account).optional();
    }

    List<UserAccount> search(String text, Long unitId, Role role) {
        return search(text, unitId, role, null);
    }

    /** One page of the accounts (all of them when {@code page} is null: the senders of reminders want every one). */
    List<UserAccount> search(String text, Long unitId, Role role, vn.cchc.page.PageRequest page) {
        StringBuilder sql = new StringBuilder(SELECT + " where 1 = 1");
        var params = new java.util.ArrayList<Object>();
        if (text != null && !text.isBlank()) {
            // the unit too, by its folded name ("so tu phap"): a select of 2,100 units made the list 160 KB
            sql.append(" and (u.username ilike ? or u.full_name ilike ? or un.search_key like ?)");
            params.add("%" + text.trim() + "%");
            params.add("%" + text.trim() + "%");
            params.add(vn.cchc.directory.SearchKey.containing(vn.cchc.directory.SearchKey.of(text)));
        }
        if (unitId != null) {
            sql.append(" and u.unit_id = ?");
            params.add(unitId);
        }
        if (role != null) {
            sql.append(" and exists (select 1 from app_user_role r where r.user_id = u.id and r.role = ?)");
            params.add(role.name());
        }
        sql.append(" order by un.name collate vi, u.username");
        if (page != null) {
            sql.append(" limit ? offset ?");
            params.add(page.limitPlusOne());
            params.add(page.offset());
        }
        return jdbc.sql(sql.toString()).params(params).query(this::account).list();
    }

    boolean anyWithRole(Role role) {
        return jdbc.sql("select exists (select 1 from app_user_role where role = ?)").param(role.name())
                .query(Boolean.class).single();
    }

    long insert(String username, String fullName, String email, long unitId, String passwordHash) {
        return jdbc.sql("""
                        insert into app_user (username, full_name, email, unit_id, password_hash)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(username, fullName, email, unitId, passwordHash).query(Long.class).single();
    }

    void update(long id, String fullName, String email, long unitId, boolean enabled) {
        jdbc.sql("update app_user set full_name = ?, email = ?, unit_id = ?, enabled = ?, updated_at = now() where id = ?")
                .params(fullName, email, unitId, enabled, id).update();
    }

    void replaceRoles(long id, Set<Role> roles) {
        jdbc.sql("delete from app_user_role where user_id = ?").param(id).update();
        for (Role role : roles) {
            jdbc.sql("insert into app_user_role (user_id, role) values (?, ?)").params(id, role.name()).update();
        }
    }

    void replaceFollowedUnits(long id, List<Long> unitIds) {
        jdbc.sql("delete from app_user_followed_unit where user_id = ?").param(id).update();
        for (Long unitId : unitIds) {
            jdbc.sql("insert into app_user_followed_unit (user_id, unit_id) values (?, ?)").params(id, unitId).update();
        }
    }

    String passwordHash(long id) {
        return jdbc.sql("select password_hash from app_user where id = ?").param(id).query(String.class).optional().orElse(null);
    }

    void setPassword(long id, String passwordHash) {
        jdbc.sql("update app_user set password_hash = ?, updated_at = now() where id = ?").params(passwordHash, id).update();
    }

    void recordSuccess(String username) {
        jdbc.sql("""
                        update app_user set failed_attempts = 0, locked_until = null, last_login_at = now()
                        where lower(username) = lower(?)""").param(username).update();
    }

    void unlock(long id) {
        jdbc.sql("update app_user set failed_attempts = 0, locked_until = null where id = ?").param(id).update();
    }

    /** The accounts whose e-mail address this is, whatever the case; a few at most (an address may serve two accounts). */
    List<Long> idsByEmail(String email, int max) {
        return jdbc.sql("select id from app_user where lower(email) = lower(?) order by id limit ?")
                .params(email.trim(), max).query(Long.class).list();
    }

    boolean mustChangePassword(String username) {
        return jdbc.sql("select must_change_password from app_user where lower(username) = lower(?)").param(username)
                .query(Boolean.class).optional().orElse(false);
    }

    /** True if the flag changed (a second click of the administrator changes nothing). */
    boolean setMustChangePassword(long id, boolean value) {
        return jdbc.sql("update app_user set must_change_password = ?, updated_at = now() where id = ? and must_change_password <> ?")
                .params(value, id, value).update() == 1;
    }

    private UserAccount account(ResultSet rs, int row) throws SQLException {
        String followed = rs.getString("followed");
        return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("full_name"),
                rs.getString("email"), rs.getLong("unit_id"), rs.getString("unit_code"), rs.getString("unit_name"),
                roles(rs), rs.getBoolean("enabled"), lockedUntil(rs), instant(rs, "last_login_at"),
                followed.isEmpty() ? List.of() : Arrays.stream(followed.split(",")).map(Long::valueOf).sorted().toList());
    }

    private static Set<Role> roles(ResultSet rs) throws SQLException {
        String csv = rs.getString("roles");
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        if (!csv.isEmpty()) {
            Arrays.stream(csv.split(",")).map(Role::valueOf).forEach(roles::add);
        }
        return roles;
    }

    /**
     * For the administrator's list: the later of the account's own lock and a throttle of some address on it. Signing
     * in checks only the account's own lock; a throttle refuses just its address ({@link SignInThrottle}).
     */
    private Instant lockedUntil(ResultSet rs) throws SQLException {
        return running(latest(instant(rs, "locked_until"), instant(rs, "throttled_until")));
    }

    /** A lock that has run out by the application's clock reads as no lock, so nobody else compares instants. */
    private Instant running(Instant until) {
        return until != null && until.isAfter(clock.instant()) ? until : null;
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
