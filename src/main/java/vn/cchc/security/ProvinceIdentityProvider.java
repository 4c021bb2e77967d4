package vn.cchc.security;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;

import java.util.List;

/**
 * The province's OpenID Connect provider as the one client registration. Its metadata is read from the issuer at the
 * first sign-in through it, not at start-up, so the application starts (and form login works) while the provider is
 * down; a failed discovery is tried again at the next sign-in.
 */
final class ProvinceIdentityProvider implements ClientRegistrationRepository {

    static final String REGISTRATION_ID = "province";

    private final String issuerUri;
    private final String clientId;
    private final String clientSecret;
    private final List<String> scopes;
    private volatile ClientRegistration discovered;

    ProvinceIdentityProvider(String issuerUri, String clientId, String clientSecret, List<String> scopes) {
        this.issuerUri = issuerUri;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.scopes = scopes;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration registration = discovered;
        if (registration == null) {
            synchronized (this) {
                if (discovered == null) {
                    discovered = ClientRegistrations.fromOidcIssuerLocation(issuerUri)
                            .registrationId(REGISTRATION_ID)
                            .clientId(clientId)
                            .clientSecret(clientSecret)
                            .scope(scopes)
                            .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                            .build();
                }
                registration = discovered;
            }
        }
        return registration;
    }
}
