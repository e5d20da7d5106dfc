package org.cartledger.web.signin;

import org.cartledger.http.security.LedgerPrincipal;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;

/** The person a page is for: every page but the sign-in page is reached signed in (PageSecurity). */
public final class SignedIn {

    private SignedIn() {
    }

    public static LedgerPrincipal person(Authentication authentication) {
        return LedgerPrincipal.of(authentication).orElseThrow(() ->
                new AuthenticationCredentialsNotFoundException("A page was reached without a signed-in person"));
    }
}
