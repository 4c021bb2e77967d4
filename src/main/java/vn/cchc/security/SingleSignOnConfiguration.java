package vn.cchc.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

import java.util.List;

/**
 * Single sign-on exists only when the province's identity provider is configured ({@code cchc.sso.issuer-uri});
 * without it there is no client registration, no OAuth2 endpoint and no button on the login page (docs/SECURITY.md).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "cchc.sso", name = "issuer-uri")
class SingleSignOnConfiguration {

    @Bean
    ClientRegistrationRepository provinceIdentityProvider(@Value("${cchc.sso.issuer-uri}") String issuerUri,
                                                          @Value("${cchc.sso.client-id}") String clientId,
                                                          @Value("${cchc.sso.client-secret}") String clientSecret,
                                                          @Value("${cchc.sso.scopes:openid,profile}") List<String> scopes) {
        return new ProvinceIdentityProvider(issuerUri, clientId, clientSecret, scopes);
    }

    @Bean
    SingleSignOnAudit singleSignOnAudit(vn.cchc.audit.AuditLog auditLog, Users users) {
        return new SingleSignOnAudit(auditLog, users);
    }

    @Bean
    SingleSignOn singleSignOn(Users users, SingleSignOnAudit audit,
                              @Value("${cchc.sso.username-claim:preferred_username}") String usernameClaim,
                              @Value("${cchc.sso.unit-claim:}") String unitClaim) {
        return new SingleSignOn(users, audit, usernameClaim, unitClaim);
    }
}
