package org.cartledger.http.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

/** A caller signed in with a JWT from the identity provider: the principal read from its claims. */
final class LedgerJwtAuthentication extends AbstractAuthenticationToken {

    private final LedgerPrincipal principal;
    private final transient Jwt token;

    LedgerJwtAuthentication(LedgerPrincipal principal, Jwt token) {
        super(principal.authorities());
        this.principal = principal;
        this.token = token;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return token;
    }

    @Override
    public Object getPrincipal() {
        return principal;
    }

    @Override
    public String getName() {
        return principal.id();
    }
}
