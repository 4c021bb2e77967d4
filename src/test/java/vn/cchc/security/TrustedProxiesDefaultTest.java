package vn.cchc.security;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The filter as the default installation builds it (cchc.proxy.trusted empty): no peer is a proxy. */
class TrustedProxiesDefaultTest {

    @Test
    void withNoConfiguredProxyEvenAPrivateAddressCannotForwardAnotherAddress() throws Exception {
        var filter = new TrustedProxies().forwardedHeadersFromTrustedProxies("").getFilter();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/units");
        request.setRemoteAddr("10.0.0.5");
        request.addHeader("X-Forwarded-For", "6.6.6.6");
        request.addHeader("X-Forwarded-Host", "lua-dao.example");
        AtomicReference<HttpServletRequest> seen = new AtomicReference<>();
        filter.doFilter(request, new MockHttpServletResponse(),
                new MockFilterChain() {
                    @Override
                    public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                        seen.set((HttpServletRequest) req);
                    }
                });
        assertThat(seen.get().getRemoteAddr()).isEqualTo("10.0.0.5");
        assertThat(seen.get().getServerName()).isEqualTo("localhost");
        assertThat(seen.get().getHeader("X-Forwarded-For")).isNull();
    }
}
