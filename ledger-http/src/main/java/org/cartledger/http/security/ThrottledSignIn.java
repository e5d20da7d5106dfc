package org.cartledger.http.security;

import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Password sign-in with throttling: asks {@link SignInThrottle} first, and refuses a locked user id
 * or address without checking the password (no bcrypt is spent on it, and a guess gets no answer
 * about whether it was right); otherwise checks the password and tells the throttle how it went.
 * A wrong password is still the same 401 {@code credentials-rejected}; only an unreachable users
 * table (503) is not counted, as it is not the caller's doing. A lockout of a user id also forgets the
 * password HTTP Basic remembers for it ({@link VerifiedCredentialCache}).
 */
final class ThrottledSignIn implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final SignInEvents events;
    private final VerifiedCredentialCache remembered;

    ThrottledSignIn(AuthenticationProvider passwords, SignInThrottle throttle, SignInEvents events,
                    VerifiedCredentialCache remembered) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.events = events;
        this.remembered = remembered;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String userId = SignInEvent.printable(attempt.getName());
        String address = ClientAddress.of(attempt.getDetails());
        Optional<SignInThrottle.Refusal> refusal = throttle.refusal(userId, address);
        if (refusal.isPresent()) {
            if (refusal.get().event() != null) {
                events.record(refusal.get().event());
            }
            throw new SignInLockedException(refusal.get());
        }
        Authentication signedIn;
        try {
            signedIn = passwords.authenticate(attempt);
        } catch (BadCredentialsException wrong) {
            List<SignInEvent> failed = throttle.failed(userId, address);
            if (failed.stream().anyMatch(event -> event.kind() == SignInEvent.Kind.LOCKED && event.lock() == SignInEvent.Lock.USER)) {
                // whichever door locked the id, HTTP Basic checks its next right password with bcrypt again
                remembered.forget(attempt.getName());
            }
            failed.forEach(events::record);
            throw wrong;
        }
        throttle.succeeded(userId, address).forEach(events::record);
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
