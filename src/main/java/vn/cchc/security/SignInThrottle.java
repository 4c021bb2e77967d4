package vn.cchc.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** The counters of failed sign-ins (table sign_in_throttle): one row per address and account, one per address. */
@Repository
class SignInThrottle {

    /** The username_key of an address's row across all accounts: keys are stripped, so none starts with a space. */
    static final String ANY_ACCOUNT = " *";

    record Count(int failures, int lockouts) {
    }

    private final JdbcClient jdbc;

    SignInThrottle(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The end of the latest throttle on this address for this account or for any account, if one runs at {@code now}. */
    Optional<Instant> lockedUntil(String address, String usernameKey, Instant now) {
        return jdbc.sql("""
                        select max(locked_until) from sign_in_throttle
                        where address = ? and username_key in (?, ?) and locked_until > ?""")
                .params(address, usernameKey, ANY_ACCOUNT, Timestamp.from(now))
                .query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant)).single();
    }

    /**
     * Counts one failure. The count starts again when the row's window began before {@code windowStart}, and a row
     * whose last failure is older than {@code forgetBefore} is forgotten (count and lockouts). The row lock of the
     * upsert serialises concurrent failures of the same row.
     */
    Count fail(String address, String usernameKey, Instant now, Instant windowStart, Instant forgetBefore) {
        return jdbc.sql("""
                        insert into sign_in_throttle as t (address, username_key, failures, window_started_at, last_failure_at)
                        values (:address, :key, 1, :now, :now)
                        on conflict (address, username_key) do update set
                            lockouts = case when t.last_failure_at < :forget then 0 else t.lockouts end,
                            failures = case when t.last_failure_at < :forget or t.window_started_at < :window then 1
                                            else t.failures + 1 end,
                            window_started_at = case when t.last_failure_at < :forget or t.window_started_at < :window
                                                     then :now else t.window_started_at end,
                            last_failure_at = :now
                        returning failures, lockouts""")
                .param("address", address).param("key", usernameKey).param("now", Timestamp.from(now))
                .param("forget", Timestamp.from(forgetBefore)).param("window", Timestamp.from(windowStart))
                .query((rs, n) -> new Count(rs.getInt("failures"), rs.getInt("lockouts"))).single();
    }

    void lock(String address, String usernameKey, Instant until, Instant now) {
        jdbc.sql("""
                        update sign_in_throttle set locked_until = ?, lockouts = lockouts + 1, failures = 0,
                                                    window_started_at = ?
                        where address = ? and username_key = ?""")
                .params(Timestamp.from(until), Timestamp.from(now), address, usernameKey).update();
    }

    /** A correct password from this address: its count for this account starts again (not its count across accounts). */
    void clear(String address, String usernameKey) {
        jdbc.sql("delete from sign_in_throttle where address = ? and username_key = ?").params(address, usernameKey).update();
    }

    /** An administrator unlocks the account: every address may try it again. */
    void clearAccount(String usernameKey) {
        jdbc.sql("delete from sign_in_throttle where username_key = ?").param(usernameKey).update();
    }

    /** Rows nobody failed from since {@code before} and no longer locked; keeps the table as small as the attacks. */
    void forget(Instant before) {
        jdbc.sql("delete from sign_in_throttle where last_failure_at < ? and (locked_until is null or locked_until < ?)")
                .params(Timestamp.from(before), Timestamp.from(before)).update();
    }

}
