package vn.cchc.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.io.IOException;
import java.io.Serial;
import java.util.Optional;

/**
 * OpenID Connect sign-in through the province's identity provider. The provider only says who the person is: one
 * claim names the local account, whose roles and unit are used as stored (never the token's); an account the
 * installation does not have is refused, not created; a disabled or locked one is refused as in form login. When a
 * unit claim is configured, it must name the account's unit. After sign-in the session holds the same principal as
 * a form login, so nothing downstream knows the difference.
 */
final class SingleSignOn implements OAuth2UserService<OidcUserRequest, OidcUser>, AuthenticationSuccessHandler {

    /** The error codes the login page turns into messages ({@link SignInFailureHandler}). */
    static final String UNKNOWN_USER = "cchc_unknown_user";
    static final String NO_CLAIM = "cchc_no_claim";
    static final String UNIT_MISMATCH = "cchc_unit_mismatch";
    static final String DISABLED = "cchc_disabled";
    static final String LOCKED = "cchc_locked";

    private final OidcUserService provider = new OidcUserService();
    private final Users users;
    private final SingleSignOnAudit audit;
    private final String usernameClaim;
    private final String unitClaim;
    private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
    private final SavedRequestAwareAuthenticationSuccessHandler usual = new SavedRequestAwareAuthenticationSuccessHandler();

    SingleSignOn(Users users, SingleSignOnAudit audit, String usernameClaim, String unitClaim) {
        this.users = users;
        this.audit = audit;
        this.usernameClaim = usernameClaim;
        this.unitClaim = unitClaim == null || unitClaim.isBlank() ? null : unitClaim;
        usual.setDefaultTargetUrl("/");
    }

    void applyTo(HttpSecurity http, AuthenticationFailureHandler failureHandler) throws Exception {
        http.oauth2Login(o -> o.loginPage("/login")
                .userInfoEndpoint(u -> u.oidcUserService(this))
                .successHandler(this)
                .failureHandler(failureHandler));
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser person = provider.loadUser(request);
        String address = address();
        String claimed = claim(person, usernameClaim);
        if (claimed == null) {
            throw refuse(SingleSignOnAudit.Refusal.NO_CLAIM, NO_CLAIM, "", person, address);
        }
        Optional<CchcUser> found = users.principal(claimed);
        if (found.isEmpty()) {
            throw refuse(SingleSignOnAudit.Refusal.UNKNOWN_USER, UNKNOWN_USER, claimed, person, address);
        }
        CchcUser user = found.get();
        if (!user.isEnabled()) {
            throw refuse(SingleSignOnAudit.Refusal.DISABLED, DISABLED, claimed, person, address);
        }
        if (!user.isAccountNonLocked()) {
            throw refuse(SingleSignOnAudit.Refusal.LOCKED, LOCKED, claimed, person, address);
        }
        if (unitClaim != null && !user.unitCode().equalsIgnoreCase(String.valueOf(claim(person, unitClaim)))) {
            throw refuse(SingleSignOnAudit.Refusal.UNIT_MISMATCH, UNIT_MISMATCH, claimed, person, address);
        }
        audit.signedIn(user, person.getSubject(), address);
        user.eraseCredentials();
        return new LocalAccount(person, user);
    }

    /** The session gets the local account as its principal, exactly as after a form login. */
    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, ServletException {
        if (authentication.getPrincipal() instanceof LocalAccount account) {
            CchcUser user = account.user;
            Authentication local = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(local);
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
            authentication = local;
        }
        usual.onAuthenticationSuccess(request, response, authentication);
    }

    private OAuth2AuthenticationException refuse(SingleSignOnAudit.Refusal reason, String code, String claimed,
                                                 OidcUser person, String address) {
        audit.refused(reason, claimed, person.getSubject(), address);
        return new OAuth2AuthenticationException(new OAuth2Error(code), reason.name());
    }

    private static String claim(OidcUser person, String name) {
        Object value = person.getClaims().get(name);
        String text = value == null ? null : value.toString().strip();
        return text == null || text.isEmpty() ? null : text;
    }

    private static String address() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                && a.getRequest().getRemoteAddr() != null ? a.getRequest().getRemoteAddr() : "unknown";
    }

    /** The provider's person with the local account found for it, for the moment between the two handlers. */
    private static final class LocalAccount extends DefaultOidcUser {
        @Serial
        private static final long serialVersionUID = 1L;
        private final CchcUser user;

        LocalAccount(OidcUser person, CchcUser user) {
            super(user.getAuthorities(), person.getIdToken(), person.getUserInfo());
            this.user = user;
        }
    }
}
