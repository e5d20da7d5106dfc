package org.cartledger.http.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.cartledger.api.recording.LedgerRole;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * The signed-in principal a request was granted to, and the role under which it acts: the first of
 * the endpoint's roles that the principal holds. This is who is recorded on an entry.
 */
public record ActingPrincipal(String id, LedgerRole role) {

    static final String ATTRIBUTE = ActingPrincipal.class.getName();

    public static Optional<ActingPrincipal> of(HttpServletRequest request) {
        return Optional.ofNullable((ActingPrincipal) request.getAttribute(ATTRIBUTE));
    }

    /**
     * The acting principal of a request that the access rules granted; a request that reached here
     * without one is answered as unauthenticated, so nothing is recorded under no one's name.
     */
    public static ActingPrincipal require(HttpServletRequest request) {
        return of(request).orElseThrow(() -> new AuthenticationCredentialsNotFoundException(
                "No signed-in principal was granted this request"));
    }

    void attachTo(HttpServletRequest request) {
        request.setAttribute(ATTRIBUTE, this);
    }
}
