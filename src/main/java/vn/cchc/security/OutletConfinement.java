package vn.cchc.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * An outlet's account (only the role {@link Role#OUTLET}) reaches its own outlet's screen and its account, nothing
 * else: the home page sends it there, every other page and the whole API are refused. The refusal is thrown after
 * the authorisation filter, so the chain's access-denied handling answers it (the 403 page, or a problem).
 */
class OutletConfinement extends OncePerRequestFilter {

    static final String HOME = "/propaganda/outlet";
    private static final List<String> ALLOWED = List.of(HOME, "/account", "/logout", "/login", "/css/", "/js/", "/images/",
            "/webjars/", "/favicon.ico", "/error", "/public/", "/password/", "/api/v1/openapi");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean outletOnly = CurrentUser.get().map(u -> u.roles().equals(Set.of(Role.OUTLET))).orElse(false);
        if (outletOnly) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (path.equals("/") || path.isEmpty()) {
                response.sendRedirect(request.getContextPath() + HOME);
                return;
            }
            if (ALLOWED.stream().noneMatch(a -> a.endsWith("/") ? path.startsWith(a) : path.equals(a) || path.startsWith(a + "/"))) {
                throw new AccessDeniedException("Tài khoản của cơ quan báo chí chỉ xem và ghi nhận sản phẩm của cơ quan mình.");
            }
        }
        chain.doFilter(request, response);
    }
}
