package vn.cchc.security;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A user as the administration screens show it (never the password hash). */
public record UserAccount(long id, String username, String fullName, String email, long unitId, String unitCode,
                          String unitName, Set<Role> roles, boolean enabled, Instant lockedUntil,
                          Instant lastLoginAt, List<Long> followedUnitIds) {

    /** Users leaves out a lock that has run out by the application's clock. */
    public boolean locked() {
        return lockedUntil != null;
    }
}
