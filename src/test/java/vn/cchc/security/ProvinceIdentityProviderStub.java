package vn.cchc.security;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The province's identity provider for tests: Spring Authorization Server in a small context of its own (web server,
 * security and the authorization server only: no database, none of the application), on 127.0.0.1 and a random port,
 * with one registered client (the application) and people added by the test. Its ID tokens carry
 * {@code preferred_username} and the person's unit code in {@link #UNIT_CLAIM}, as the province's would.
 */
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, TomcatServletWebServerAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
        SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class, SecurityFilterAutoConfiguration.class,
        OAuth2AuthorizationServerAutoConfiguration.class, OAuth2AuthorizationServerJwtAutoConfiguration.class})
final class ProvinceIdentityProviderStub {

    static final String CLIENT_SECRET = "Bi-mat-ung-dung-CCHC-2026";
    static final String UNIT_CLAIM = "ma_don_vi";
    /** A person's unit travels as an authority of the stub's own, read back into the token. */
    static final String UNIT_PREFIX = "UNIT_";
    /** A person with this authority gets an ID token without {@code preferred_username}, as a misconfigured provider sends. */
    static final String WITHOUT_USERNAME = "WITHOUT_USERNAME";
    /** A person with this authority gets an ID token that names another issuer, as a token made elsewhere would. */
    static final String FOREIGN_ISSUER = "FOREIGN_ISSUER";
    static final String FOREIGN_ISSUER_URI = "https://sso.ha-tinh.gov.vn";

    static ConfigurableApplicationContext start(String redirectUri) {
        return new SpringApplicationBuilder(ProvinceIdentityProviderStub.class).web(WebApplicationType.SERVLET)
                // none of the application's configuration files: this is another server
                .run("--spring.config.location=optional:classpath:/no-such-config/", "--server.port=0",
                        "--server.address=127.0.0.1", "--spring.main.banner-mode=off", "--stub.redirect-uri=" + redirectUri);
    }

    @Bean
    RegisteredClientRepository clients(Environment env) {
        return new InMemoryRegisteredClientRepository(RegisteredClient.withId("cchc").clientId("cchc")
                .clientSecret("{noop}" + CLIENT_SECRET)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(env.getRequiredProperty("stub.redirect-uri"))
                .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                .build());
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings() {
        return AuthorizationServerSettings.builder().build();
    }

    @Bean
    InMemoryUserDetailsManager people() {
        return new InMemoryUserDetailsManager();
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> provinceClaims() {
        return context -> {
            if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                if (context.getPrincipal().getAuthorities().stream().anyMatch(a -> FOREIGN_ISSUER.equals(a.getAuthority()))) {
                    context.getClaims().issuer(FOREIGN_ISSUER_URI);
                }
                if (context.getPrincipal().getAuthorities().stream().noneMatch(a -> WITHOUT_USERNAME.equals(a.getAuthority()))) {
                    context.getClaims().claim("preferred_username", context.getPrincipal().getName());
                }
                context.getPrincipal().getAuthorities().stream().map(GrantedAuthority::getAuthority)
                        .filter(a -> a.startsWith(UNIT_PREFIX)).findFirst()
                        .ifPresent(a -> context.getClaims().claim(UNIT_CLAIM, a.substring(UNIT_PREFIX.length())));
            }
        };
    }
}
