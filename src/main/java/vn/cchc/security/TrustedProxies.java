package vn.cchc.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.filter.ForwardedHeaderFilter;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * Forwarded headers ({@code Forwarded}, {@code X-Forwarded-For/-Host/-Proto/-Port/-Prefix}) are believed only when
 * the connection comes from a configured reverse proxy ({@code cchc.proxy.trusted}: addresses or CIDR ranges, none
 * by default). From anyone else they are removed before the application sees them, so a client cannot choose the
 * address the audit log records nor the host a redirect goes to. {@code server.forward-headers-strategy} stays
 * {@code none}: "framework" trusts every client and "native" trusts every private address.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class TrustedProxies {

    @Bean
    FilterRegistrationBean<ForwardedHeadersFromTrustedProxies> forwardedHeadersFromTrustedProxies(
            @Value("${cchc.proxy.trusted:}") String trusted) {
        List<IpAddressMatcher> proxies = Arrays.stream(trusted.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(IpAddressMatcher::new).toList();
        var registration = new FilterRegistrationBean<>(new ForwardedHeadersFromTrustedProxies(proxies));
        // First of all filters (before the session and security filters), on errors too: like Boot's own registration.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        return registration;
    }

    static final class ForwardedHeadersFromTrustedProxies extends OncePerRequestFilter {

        private final List<IpAddressMatcher> proxies;
        private final ForwardedHeaderFilter honour = new ForwardedHeaderFilter();
        private final ForwardedHeaderFilter remove = new ForwardedHeaderFilter();

        ForwardedHeadersFromTrustedProxies(List<IpAddressMatcher> proxies) {
            this.proxies = proxies;
            remove.setRemoveOnly(true);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String peer = request.getRemoteAddr();
            boolean fromProxy = proxies.stream().anyMatch(p -> p.matches(peer));
            (fromProxy ? honour : remove).doFilter(request, response, chain);
        }

        @Override
        protected boolean shouldNotFilterAsyncDispatch() {
            return false;
        }

        @Override
        protected boolean shouldNotFilterErrorDispatch() {
            return false;
        }
    }
}
