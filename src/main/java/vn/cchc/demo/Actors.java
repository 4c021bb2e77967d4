package vn.cchc.demo;

import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import java.util.function.Supplier;

/**
 * The demo acts as its accounts (their unit and roles as stored), so every step is authorised and audited as that
 * person's; whoever acted before is put back afterwards.
 */
@Component
@Profile("demo")
class Actors {

    private final UserDetailsService users;

    Actors(UserDetailsService users) {
        this.users = users;
    }

    <T> T as(String username, Supplier<T> action) {
        UserDetails user = users.loadUserByUsername(username);
        Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    void run(String username, Runnable action) {
        as(username, () -> {
            action.run();
            return null;
        });
    }
}
