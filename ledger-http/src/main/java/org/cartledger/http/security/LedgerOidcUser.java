package org.cartledger.http.security;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person signed in to the pages through the hospital's OpenID Connect provider: the provider's
 * user (its ID token, which RP-initiated sign-out hands back to it) and the ledger principal read from
 * its claims by the same {@link JwtPrincipals} as a bearer token's, so that a person is the same person
 * with the same roles on the pages and on the API.
 */
public final class LedgerOidcUser extends DefaultOidcUser {

    private static final long serialVersionUID = 1L;

    private final LedgerPrincipal person;

    public LedgerOidcUser(LedgerPrincipal person, OidcUser signedIn) {
        this(person, signedIn.getIdToken(), signedIn.getUserInfo());
    }

    private LedgerOidcUser(LedgerPrincipal person, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(person.authorities(), idToken, userInfo);
        this.person = person;
    }

    public LedgerPrincipal person() {
        return person;
    }

    @Override
    public String getName() {
        return person.id();
    }
}
