package org.cartledger.http.security;

import java.util.Set;
import org.cartledger.api.recording.LedgerRole;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the ledger takes the caller for: what a client shows after sign-in, whichever way it signed in. */
@RestController
class WhoAmIController {

    @GetMapping("/api/me")
    SignedIn me(Authentication authentication) {
        LedgerPrincipal principal = LedgerPrincipal.of(authentication)
                .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not signed in"));
        return new SignedIn(principal.id(), principal.roles(), principal.traineeId());
    }

    /** @param traineeId the trainee this person is, if they are one (they see that record only, and make no entries in it) */
    record SignedIn(String id, Set<LedgerRole> roles, String traineeId) {
    }
}
