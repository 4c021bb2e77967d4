package vn.cchc.security;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * How often one network address may do a public thing that writes (send feedback, answer a question): the sign-in
 * throttle's counters (table sign_in_throttle) under a key of the thing's own, as "Quên mật khẩu" counts its
 * requests. Taken in the caller's transaction, so an attempt that is refused or rolled back is not counted.
 */
@Component
public class AddressQuota {

    private final SignInThrottle throttle;
    private final Clock clock;

    AddressQuota(SignInThrottle throttle, Clock clock) {
        this.throttle = throttle;
        this.clock = clock;
    }

    /**
     * Counts one use of {@code purpose} from {@code address}; false when that makes more than {@code max} within
     * {@code window} (the window starts at the first use after the previous one ran out).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean take(String address, String purpose, int max, Duration window) {
        Instant now = clock.instant();
        // keys of the throttle are stripped usernames, so one starting with a space is never an account's
        String key = " " + purpose;
        return throttle.fail(address == null ? "unknown" : address, key, now, now.minus(window), now.minus(window))
                .failures() <= max;
    }
}
