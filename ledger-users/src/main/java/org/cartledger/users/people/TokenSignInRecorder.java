package org.cartledger.users.people;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.cartledger.http.security.LedgerOidcUser;
import org.cartledger.http.security.LedgerPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Remembers each person who signs in with a token, or to the pages through the identity provider (after
 * Spring Security has verified it: this filter runs after the security filters), so that entries may name
 * them later. Password sign-in needs none of
 * this: those users are in {@code ledger_user}.
 */
@Component
class TokenSignInRecorder extends OncePerRequestFilter {

    private final SignedInWithToken signedIn;

    TokenSignInRecorder(SignedInWithToken signedIn) {
        this.signedIn = signedIn;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        // a token's principal is a LedgerPrincipal itself, a page session's through the provider a LedgerOidcUser;
        // a password user's is their LedgerUserDetails, and is in ledger_user already
        if (authentication != null && authentication.isAuthenticated()) {
            if (authentication.getPrincipal() instanceof LedgerPrincipal principal) {
                signedIn.remember(principal);
            } else if (authentication.getPrincipal() instanceof LedgerOidcUser person) {
                signedIn.remember(person.person());
            }
        }
        chain.doFilter(request, response);
    }
}
