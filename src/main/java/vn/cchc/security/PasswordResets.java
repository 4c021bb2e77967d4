package vn.cchc.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** The reset links handed out (table password_reset), by the SHA-256 of their token. */
@Repository
class PasswordResets {

    /** The account a link still opens. */
    record Open(long id, long userId, String username) {
    }

    private final JdbcClient jdbc;

    PasswordResets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long userId, String tokenHash, Instant now, Instant expiresAt) {
        return jdbc.sql("""
                        insert into password_reset (user_id, token_hash, requested_at, expires_at)
                        values (?, ?, ?, ?) returning id""")
                .params(userId, tokenHash, Timestamp.from(now), Timestamp.from(expiresAt)).query(Long.class).single();
    }

    int requestedSince(long userId, Instant since) {
        return jdbc.sql("select count(*) from password_reset where user_id = ? and requested_at > ?")
                .params(userId, Timestamp.from(since)).query(Integer.class).single();
    }

    Optional<Open> open(String tokenHash, Instant now) {
        return jdbc.sql("""
                        select r.id, r.user_id, u.username from password_reset r join app_user u on u.id = r.user_id
                        where r.token_hash = ? and r.used_at is null and r.expires_at > ? and u.enabled""")
                .params(tokenHash, Timestamp.from(now))
                .query((rs, n) -> new Open(rs.getLong("id"), rs.getLong("user_id"), rs.getString("username")))
                .optional();
    }

    /** Uses the link: true for the one caller that found it unused and not expired, however many try at once. */
    boolean use(long id, Instant now) {
        return jdbc.sql("update password_reset set used_at = ? where id = ? and used_at is null and expires_at > ?")
                .params(Timestamp.from(now), id, Timestamp.from(now)).update() == 1;
    }

    /** A new password is set: the account's other links, perhaps in an old mail, open nothing any more. */
    void closeOthers(long userId, Instant now) {
        jdbc.sql("update password_reset set used_at = ? where user_id = ? and used_at is null")
                .params(Timestamp.from(now), userId).update();
    }
}
