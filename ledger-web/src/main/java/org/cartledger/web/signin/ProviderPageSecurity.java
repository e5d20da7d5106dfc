package org.cartledger.web.signin;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cartledger.http.security.ConditionalOnTokenSignIn;
import org.cartledger.http.security.JwtPrincipals;
import org.cartledger.http.security.JwtSignInProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.ConditionalOnOAuth2ClientRegistrationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Sign-in for people where the ledger takes the hospital's tokens (production): the pages get the same
 * chain as with passwords (session cookie, CSRF, timeout, sign-out, nothing under /api or /actuator), but
 * people sign in through the hospital's OpenID Connect provider with Spring's {@code oauth2Login}: the
 * authorization code flow, with PKCE (Spring Security's default for every client since 7.0), the client
 * configured by Spring's standard {@code spring.security.oauth2.client.registration.*} and
 * {@code …provider.*} properties. Roles and trainee id come from the ID token's claims (and the user
 * info), read by the API's own {@link JwtPrincipals}. Signing out ends the provider's session too where
 * it publishes an {@code end_session_endpoint} (RP-initiated logout, found by discovery from the
 * provider's {@code issuer-uri}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnTokenSignIn
@ConditionalOnOAuth2ClientRegistrationProperties
public class ProviderPageSecurity {

    /** Where the provider's answer comes back and where a sign-in through it starts: Spring's defaults. */
    static final String[] PROVIDER_PATHS = {"/oauth2/authorization/**", "/login/oauth2/code/**"};

    @Bean
    @Order(1)
    public SecurityFilterChain pageFilterChain(HttpSecurity http, ClientRegistrationRepository registrations,
                                               JwtSignInProperties jwt) throws Exception {
        OidcClientInitiatedLogoutSuccessHandler signedOut = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        signedOut.setPostLogoutRedirectUri("{baseUrl}" + PageSecurity.SIGN_IN + "?signed-out");
        // a provider without RP-initiated logout: the ledger's session ends, the provider's stays (docs/sign-in-and-roles.md)
        signedOut.setDefaultTargetUrl(PageSecurity.SIGN_IN + "?signed-out");
        http
                .securityMatcher(Stream.concat(Stream.of(PageSecurity.PAGES), Stream.of(PROVIDER_PATHS)).toArray(String[]::new))
                .oauth2Login(login -> login
                        .loginPage(PageSecurity.SIGN_IN)
                        .userInfoEndpoint(people -> people.oidcUserService(new ProviderPeople(new JwtPrincipals(jwt))))
                        .failureUrl(PageSecurity.SIGN_IN + "?provider-failed")
                        .defaultSuccessUrl("/"))
                .logout(signOut -> signOut.logoutSuccessHandler(signedOut));
        return PageSecurity.signedInPages(http).build();
    }

    /** The providers the sign-in page offers, by the names configured ({@code client-name}). */
    @Bean
    public PageSignIn pageSignIn(OAuth2ClientProperties properties, ClientRegistrationRepository registrations) {
        List<PageSignIn.Provider> providers = new ArrayList<>();
        for (String id : properties.getRegistration().keySet()) {
            ClientRegistration registration = registrations.findByRegistrationId(id);
            if (registration != null && registration.getScopes().contains("openid")) {
                providers.add(new PageSignIn.Provider(id, registration.getClientName()));
            }
        }
        return new PageSignIn(providers);
    }
}
