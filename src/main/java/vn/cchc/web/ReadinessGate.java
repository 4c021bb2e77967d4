package vn.cchc.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.cchc.vietnamese.Vietnamese;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The web server listens before the start-up runners (reference directory, sample data) have finished; until the
 * application reports itself ready, every page answers 503 with a Vietnamese notice instead of a login page that
 * would fail behind it. Health probes live on the management port and are not gated.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ReadinessGate extends OncePerRequestFilter {

    private final ApplicationAvailability availability;
    private final MessageSource messages;

    ReadinessGate(ApplicationAvailability availability, MessageSource messages) {
        this.availability = availability;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "5");
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write(messages.getMessage("startup.notReady", null, Vietnamese.LOCALE)
                .getBytes(StandardCharsets.UTF_8));
    }
}
