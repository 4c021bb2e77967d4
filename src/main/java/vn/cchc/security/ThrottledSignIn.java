package vn.cchc.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/**
 * Username and password sign-in (the login form and the API's HTTP Basic) under the throttle of
 * {@link SignInAttempts}: a throttled address is refused before the password is checked; every failure is counted
 * or audited. Being the only AuthenticationProvider bean, Spring Security uses it instead of its default one.
 */
@Component
class ThrottledSignIn implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInAttempts attempts;

    ThrottledSignIn(UserDetailsService users, PasswordEncoder encoder, SignInAttempts attempts) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.attempts = attempts;
    }

    /** Refused while its address is throttled for this account or for all. */
    static final class Throttled extends LockedException {
        Throttled(Instant until) {
            super("throttled until " + until);
        }
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String address = address(authentication);
        Optional<Instant> throttled = attempts.throttledUntil(address, username);
        if (throttled.isPresent()) {
            attempts.refused(SignInAttempts.Failure.THROTTLED, address, username, throttled.get());
            throw new Throttled(throttled.get());
        }
        try {
            Authentication signedIn = passwords.authenticate(authentication);
            attempts.succeeded(address, username);
            return signedIn;
        } catch (BadCredentialsException e) {
            attempts.failed(address, username);
            throw e;
        } catch (DisabledException e) {
            attempts.refused(SignInAttempts.Failure.DISABLED, address, username, null);
            throw e;
        } catch (LockedException e) {
            attempts.refused(SignInAttempts.Failure.LOCKED, address, username, null);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The peer address as the container sees it, after TrustedProxies has decided whether to believe a proxy. */
    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails d && d.getRemoteAddress() != null
                ? d.getRemoteAddress() : "unknown";
    }
}
