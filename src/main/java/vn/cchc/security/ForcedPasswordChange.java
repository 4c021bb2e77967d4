package vn.cchc.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;

/**
 * An administrator's "must set a new password": checked once, at sign-in (the flag goes into the session, so no page
 * pays a query for it); until the password is changed every page but the account page and sign-out leads there.
 */
class ForcedPasswordChange extends OncePerRequestFilter implements AuthenticationSuccessHandler {

    static final String SESSION_FLAG = "cchc.mustChangePassword";
    static final String TARGET = "/account?mustChange";
    private static final List<String> ALLOWED = List.of("/account", "/logout", "/login", "/css/", "/js/", "/images/",
            "/webjars/", "/favicon.ico", "/error", "/public/", "/password/");

    private final Users users;
    private final SavedRequestAwareAuthenticationSuccessHandler usual = new SavedRequestAwareAuthenticationSuccessHandler();

    ForcedPasswordChange(Users users) {
        this.users = users;
        usual.setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, ServletException {
        if (users.mustChangePassword(authentication.getName())) {
            request.getSession().setAttribute(SESSION_FLAG, Boolean.TRUE);
            response.sendRedirect(request.getContextPath() + TARGET);
            return;
        }
        usual.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_FLAG) != null && !allowed(request)) {
            response.sendRedirect(request.getContextPath() + TARGET);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean allowed(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return ALLOWED.stream().anyMatch(a -> a.endsWith("/") ? path.startsWith(a) : path.equals(a) || path.startsWith(a + "/"));
    }

    /** The password is changed: this session may go anywhere again. */
    static void satisfied(HttpSession session) {
        if (session != null) {
            session.removeAttribute(SESSION_FLAG);
        }
    }
}
