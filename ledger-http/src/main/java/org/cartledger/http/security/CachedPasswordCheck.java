package org.cartledger.http.security;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * HTTP Basic's password check: a password bcrypt accepted within the ttl ({@link VerifiedCredentialCache}) lets
 * the request in after one look at the account (one indexed query instead of bcrypt), if the account is still
 * the one that was checked; anything else, a wrong password above all, goes to bcrypt as before. Sits inside
 * {@link ThrottledSignIn}, so a locked id or address is refused before it is reached, and a request it lets
 * in counts as a successful sign-in there (no event unless it ends a run of failures).
 */
final class CachedPasswordCheck implements AuthenticationProvider {

    private final AuthenticationProvider bcrypt;
    private final UserDetailsService users;
    private final VerifiedCredentialCache remembered;

    CachedPasswordCheck(AuthenticationProvider bcrypt, UserDetailsService users, VerifiedCredentialCache remembered) {
        this.bcrypt = bcrypt;
        this.users = users;
        this.remembered = remembered;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String userId = attempt.getName();
        String password = attempt.getCredentials() instanceof String text ? text : null;
        if (password != null) {
            Optional<VerifiedCredentialCache.Remembered> earlier = remembered.recall(userId, password);
            if (earlier.isPresent()) {
                UserDetails current = account(userId);
                if (earlier.get().stillHolds(current)) {
                    UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(
                            current, null, earlier.get().authorities());
                    signedIn.setDetails(attempt.getDetails());
                    return signedIn;
                }
                remembered.forget(userId);
            }
        }
        // throws for a wrong password, and then nothing is remembered
        Authentication signedIn = bcrypt.authenticate(attempt);
        if (password != null && signedIn != null && signedIn.getPrincipal() instanceof UserDetails checked) {
            remembered.remember(userId, password, checked, signedIn.getAuthorities());
        }
        return signedIn;
    }

    /** The account as it is now, or null if it is gone. */
    private UserDetails account(String userId) {
        try {
            return users.loadUserByUsername(userId);
        } catch (UsernameNotFoundException gone) {
            return null;
        } catch (RuntimeException unreachable) {
            // as the bcrypt check reports it: the users table could not be read, which is not the caller's doing
            throw new InternalAuthenticationServiceException(unreachable.getMessage(), unreachable);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
