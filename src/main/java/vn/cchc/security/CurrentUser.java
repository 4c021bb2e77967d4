package vn.cchc.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Optional;

/** The user of the current request, if signed in. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<CchcUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof CchcUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public static CchcUser require() {
        return get().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException(
                "Chưa đăng nhập"));
    }
}
