package org.cartledger.web.signin;

import org.cartledger.http.security.JwtPrincipals;
import org.cartledger.http.security.LedgerOidcUser;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The person a page sign-in through the provider brings: Spring's OIDC user (the verified ID token, and
 * the user info where the provider offers it), read by the API's own {@link JwtPrincipals}, so that the
 * same claims give the same roles and trainee id on the pages as on the API.
 */
final class ProviderPeople implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OAuth2UserService<OidcUserRequest, OidcUser> provider;
    private final JwtPrincipals principals;

    ProviderPeople(JwtPrincipals principals) {
        this(new OidcUserService(), principals);
    }

    ProviderPeople(OAuth2UserService<OidcUserRequest, OidcUser> provider, JwtPrincipals principals) {
        this.provider = provider;
        this.principals = principals;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser signedIn = provider.loadUser(request);
        return principals.principal(signedIn.getClaims())
                .map(person -> new LedgerOidcUser(person, signedIn))
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error("invalid_id_token",
                        "The identity provider named no usable subject (sub)", null)));
    }
}
