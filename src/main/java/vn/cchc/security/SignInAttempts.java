package vn.cchc.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.audit.AuditLog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The rule against guessing passwords (docs/SECURITY.md). Failures are counted per address and account, never per
 * account alone, so a stranger cannot lock anyone out: five wrong passwords in a row from one address throttle that
 * address for that account for fifteen minutes, each further time twice as long (up to a day), until a correct
 * password from that address. Twenty failures from one address within fifteen minutes, whatever the accounts,
 * throttle the address for every account the same way. A throttled attempt is refused before the password is
 * checked and does not count. Every failure is audited with the username as typed and the address, never the password.
 */
@Component
class SignInAttempts {

    /** Longer input is not a username of ours; it is cut so the counters and the audit log stay bounded. */
    private static final int MAX_USERNAME = 64;
    /** After a day without failures an address and account start over. */
    private static final Duration FORGET_AFTER = Duration.ofDays(1);

    enum Failure { BAD_CREDENTIALS, THROTTLED, DISABLED, LOCKED }

    private final SignInThrottle throttle;
    private final Users users;
    private final AuditLog auditLog;
    private final Clock clock;
    private final int perAccount;
    private final int perAddress;
    private final Duration addressWindow;
    private final Duration firstLock;
    private final Duration longestLock;

    SignInAttempts(SignInThrottle throttle, Users users, AuditLog auditLog, Clock clock,
                   @Value("${cchc.security.max-failed-attempts:5}") int perAccount,
                   @Value("${cchc.security.max-failed-attempts-per-address:20}") int perAddress,
                   @Value("${cchc.security.address-window:15m}") Duration addressWindow,
                   @Value("${cchc.security.lock-duration:15m}") Duration firstLock,
                   @Value("${cchc.security.longest-lock-duration:24h}") Duration longestLock) {
        this.throttle = throttle;
        this.users = users;
        this.auditLog = auditLog;
        this.clock = clock;
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.addressWindow = addressWindow;
        this.firstLock = firstLock;
        this.longestLock = longestLock;
    }

    @Transactional(readOnly = true)
    public Optional<Instant> throttledUntil(String address, String username) {
        return throttle.lockedUntil(address, key(username), clock.instant());
    }

    /** A wrong password (or an unknown username): counted, perhaps throttled, audited. */
    @Transactional
    public void failed(String address, String username) {
        Instant now = clock.instant();
        String key = key(username);
        Instant forget = now.minus(FORGET_AFTER);
        Instant until = null;
        SignInThrottle.Count pair = throttle.fail(address, key, now, forget, forget);
        if (pair.failures() >= perAccount) {
            until = now.plus(lockFor(pair.lockouts()));
            throttle.lock(address, key, until, now);
        }
        SignInThrottle.Count all = throttle.fail(address, SignInThrottle.ANY_ACCOUNT, now, now.minus(addressWindow), forget);
        if (all.failures() >= perAddress) {
            Instant addressUntil = now.plus(lockFor(all.lockouts()));
            throttle.lock(address, SignInThrottle.ANY_ACCOUNT, addressUntil, now);
            until = until == null || addressUntil.isAfter(until) ? addressUntil : until;
        }
        if (until != null) {
            throttle.forget(forget);
        }
        audit(Failure.BAD_CREDENTIALS, address, username, until);
    }

    /** Refused without checking the password (throttled, disabled, locked by an administrator): audited, not counted. */
    @Transactional
    public void refused(Failure reason, String address, String username, Instant until) {
        audit(reason, address, username, until);
    }

    @Transactional
    public void succeeded(String address, String username) {
        throttle.clear(address, key(username));
        users.recordSuccess(username);
    }

    /** The administrator's unlock: every address may try the account again. */
    @Transactional
    public void forgetAccount(String username) {
        throttle.clearAccount(key(username));
    }

    /** 15 minutes, then 30, 60 … never more than the longest. */
    private Duration lockFor(int earlierLocks) {
        Duration d = firstLock.multipliedBy(1L << Math.min(earlierLocks, 20));
        return d.compareTo(longestLock) > 0 ? longestLock : d;
    }

    private void audit(Failure reason, String address, String username, Instant until) {
        String typed = cut(username);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("username", typed);
        after.put("address", address);
        after.put("reason", reason.name());
        if (until != null) {
            after.put("throttledUntil", until.toString());
        }
        auditLog.created("sign_in", typed, after, "Đăng nhập không thành công với tên “" + typed + "” từ " + address
                + " (" + reasonText(reason) + (until == null ? "" : "; tạm chặn đến " + until) + ")");
    }

    private static String reasonText(Failure reason) {
        return switch (reason) {
            case BAD_CREDENTIALS -> "sai tên đăng nhập hoặc mật khẩu";
            case THROTTLED -> "đang tạm chặn do nhập sai nhiều lần";
            case DISABLED -> "tài khoản đã bị vô hiệu hóa";
            case LOCKED -> "tài khoản đang bị khóa";
        };
    }

    static String key(String username) {
        return cut(username).toLowerCase(Locale.ROOT);
    }

    private static String cut(String username) {
        String u = username == null ? "" : username.strip();
        return u.length() <= MAX_USERNAME ? u : u.substring(0, MAX_USERNAME);
    }
}
