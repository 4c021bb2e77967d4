package vn.cchc.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.audit.AuditLog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** Five wrong passwords in a row lock an account for fifteen minutes (both configurable). */
@Component
class SignInAttempts {

    private final UserRepository users;
    private final AuditLog auditLog;
    private final int maxAttempts;
    private final Duration lockDuration;
    private final Clock clock;

    SignInAttempts(UserRepository users, AuditLog auditLog,
                   @Value("${cchc.security.max-failed-attempts:5}") int maxAttempts,
                   @Value("${cchc.security.lock-duration:15m}") Duration lockDuration, Clock clock) {
        this.clock = clock;
        this.users = users;
        this.auditLog = auditLog;
        this.maxAttempts = maxAttempts;
        this.lockDuration = lockDuration;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        int attempts = users.recordFailure(username);
        if (attempts >= maxAttempts) {
            Instant until = clock.instant().plus(lockDuration);
            users.lock(username, until);
            users.findByUsername(username).ifPresent(u -> auditLog.updated("user", u.id(),
                    Map.of("lockedUntil", "null"), Map.of("lockedUntil", until.toString()),
                    "Khóa tài khoản do nhập sai mật khẩu " + maxAttempts + " lần"));
        }
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        users.recordSuccess(event.getAuthentication().getName());
    }
}
