package vn.cchc.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.cchc.CchcIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An installation without the province's identity provider (the shared test context): no trace of single sign-on. */
class SingleSignOnOffTest extends CchcIntegrationTest {

    @Autowired
    private ApplicationContext context;

    @Test
    void withoutAnIssuerThereIsNoSingleSignOnBean() {
        assertThat(context.getBeanNamesForType(SingleSignOn.class)).isEmpty();
        assertThat(context.getBeanNamesForType(
                org.springframework.security.oauth2.client.registration.ClientRegistrationRepository.class)).isEmpty();
    }

    @Test
    void withoutAnIssuerTheLoginPageHasOnlyTheForm() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"login-submit\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("tài khoản một cửa của tỉnh"))));
    }

    @Test
    void withoutAnIssuerTheProvinceSignOnAddressIsNotServed() throws Exception {
        mvc.perform(get("/oauth2/authorization/province"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }
}
