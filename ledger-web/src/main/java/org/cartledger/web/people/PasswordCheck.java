package org.cartledger.web.people;

import jakarta.servlet.http.HttpServletRequest;
import org.cartledger.http.security.ConditionalOnPasswordSignIn;
import org.cartledger.http.security.LedgerSecurityAutoConfiguration;
import org.cartledger.http.security.SignInEvents;
import org.cartledger.http.security.SignInLockedException;
import org.cartledger.http.security.SignInThrottle;
import org.cartledger.http.security.SignInThrottleProperties;
import org.cartledger.http.security.VerifiedCredentialCache;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Asks for the password again before it is changed: a session left open on a ward computer must not be
 * enough to take the account over. The check is the sign-in's own, throttled and recorded, so guesses
 * made here count against the same lockout as those at the sign-in page and through HTTP Basic.
 */
@Component
@ConditionalOnPasswordSignIn
class PasswordCheck {

    sealed interface Outcome {
        record Right() implements Outcome {
        }

        record Wrong() implements Outcome {
        }

        record Locked(long minutes) implements Outcome {
        }

        record Unavailable() implements Outcome {
        }
    }

    private final AuthenticationManager signIn;
    private final SignInThrottleProperties throttling;

    PasswordCheck(UserDetailsService users, ObjectProvider<PasswordEncoder> passwordEncoder, SignInThrottle throttle,
                  SignInEvents signInEvents, SignInThrottleProperties throttling, VerifiedCredentialCache verifiedCredentials) {
        this.signIn = LedgerSecurityAutoConfiguration.passwordSignIn(users, passwordEncoder, throttle, signInEvents, verifiedCredentials);
        this.throttling = throttling;
    }

    Outcome check(String userId, String password, HttpServletRequest request) {
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(userId,
                password == null ? "" : password);
        attempt.setDetails(LedgerSecurityAutoConfiguration.clientAddresses(throttling).buildDetails(request));
        try {
            signIn.authenticate(attempt);
            return new Outcome.Right();
        } catch (SignInLockedException locked) {
            return new Outcome.Locked(Math.max(1, (locked.refusal().retryAfter().toSeconds() + 59) / 60));
        } catch (AuthenticationServiceException unavailable) {
            return new Outcome.Unavailable();
        } catch (AuthenticationException wrong) {
            return new Outcome.Wrong();
        }
    }
}
