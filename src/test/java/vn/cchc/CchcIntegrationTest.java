package vn.cchc;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The one Spring context every integration test shares: a real server on a random port (so browser
 * tests can reach it) over a throwaway embedded PostgreSQL loaded with the demo data. Subclasses must
 * not add properties or mock beans: each distinct context would start another database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
public abstract class CchcIntegrationTest {

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    private UserDetailsService userDetailsService;

    @LocalServerPort
    protected int port;

    /** Acts as a real demo user (their unit and roles as stored), not a made-up principal. */
    protected RequestPostProcessor as(String username) {
        return SecurityMockMvcRequestPostProcessors.user(userDetailsService.loadUserByUsername(username));
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }
}
