package org.cartledger.http.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.cartledger.api.recording.LedgerRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * HTTP Basic's sign-in as {@link LedgerSecurityAutoConfiguration} assembles it (throttle, remembered passwords,
 * bcrypt), counting the bcrypt checks it makes. The accounts are kept in a map here, as the users table would
 * hand them over; the launcher's RememberedPasswordsTest does the same against PostgreSQL.
 */
class CachedPasswordCheckTest {

    private static final String ADDRESS = "198.51.100.1";
    private static final String RIGHT = "correct horse battery staple";

    private final MovableClock clock = new MovableClock();
    private final BCryptPasswordEncoder realBcrypt = new BCryptPasswordEncoder(4);
    private final AtomicInteger bcryptChecks = new AtomicInteger();
    private final Map<String, LedgerUserDetails> accounts = new ConcurrentHashMap<>();
    private final SignInThrottle throttle = new SignInThrottle(new SignInThrottleProperties(5, Duration.ofMinutes(15), 20,
            Duration.ofMinutes(10), Duration.ofMinutes(15), Duration.ofHours(4), Duration.ofDays(30), Duration.ofHours(24),
            Duration.ofMinutes(1), List.of()), clock);
    private final VerifiedCredentialCache remembered = new VerifiedCredentialCache(
            new VerifiedCredentialCacheProperties(true, Duration.ofMinutes(5), 100), clock);
    private final UserDetailsService users = id -> {
        LedgerUserDetails account = accounts.get(id);
        if (account == null) {
            throw new UsernameNotFoundException("No such user");
        }
        // a fresh copy each time, as each query of the table makes one
        return new LedgerUserDetails(account.principal(), account.getPassword());
    };
    private final PasswordEncoder countingBcrypt = new PasswordEncoder() {
        @Override
        public String encode(CharSequence password) {
            return realBcrypt.encode(password);
        }

        @Override
        public boolean matches(CharSequence password, String hash) {
            bcryptChecks.incrementAndGet();
            return realBcrypt.matches(password, hash);
        }
    };
    private final ThrottledSignIn basic = new ThrottledSignIn(
            new CachedPasswordCheck(bcrypt(), users, remembered), throttle, new SignInEvents(new StaticListableBeanFactory()
            .getBeanProvider(SignInEventStore.class)), remembered);

    @Test
    void theRightPasswordIsCheckedWithBcryptOnceAndThenLetInWithoutIt() {
        account("fac-wang", RIGHT, LedgerRole.FACULTY);

        for (int i = 0; i < 20; i++) {
            Authentication signedIn = basic.authenticate(attempt("fac-wang", RIGHT));
            assertThat(LedgerPrincipal.of(signedIn)).get().extracting(LedgerPrincipal::roles).isEqualTo(Set.of(LedgerRole.FACULTY));
            assertThat(signedIn.getDetails()).isEqualTo(new ClientAddress(ADDRESS));
        }

        assertThat(bcryptChecks).hasValue(1);
    }

    @Test
    void wrongPasswordsAreCheckedWithBcryptEachTimeAndLockTheIdThoughTheRightOneIsRemembered() {
        account("fac-wang", RIGHT, LedgerRole.FACULTY);
        basic.authenticate(attempt("fac-wang", RIGHT));

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> basic.authenticate(attempt("fac-wang", "guess"))).isInstanceOf(BadCredentialsException.class);
        }

        assertThat(bcryptChecks).hasValue(6);
        assertThat(remembered.remembers("fac-wang")).as("a lockout forgets").isFalse();
        assertThatThrownBy(() -> basic.authenticate(attempt("fac-wang", RIGHT))).isInstanceOf(SignInLockedException.class);
        assertThat(bcryptChecks).hasValue(6);
    }

    @Test
    void aChangedPasswordOrRoleIsSeenOnTheNextRequest() {
        account("fac-wang", RIGHT, LedgerRole.FACULTY, LedgerRole.COMMITTEE);
        basic.authenticate(attempt("fac-wang", RIGHT));

        account("fac-wang", RIGHT, LedgerRole.FACULTY);
        Authentication afterRoleTakenAway = basic.authenticate(attempt("fac-wang", RIGHT));
        account("fac-wang", "a new password of hers", LedgerRole.FACULTY);

        assertThat(LedgerPrincipal.of(afterRoleTakenAway)).get().extracting(LedgerPrincipal::roles).isEqualTo(Set.of(LedgerRole.FACULTY));
        assertThatThrownBy(() -> basic.authenticate(attempt("fac-wang", RIGHT))).isInstanceOf(BadCredentialsException.class);
        assertThat(basic.authenticate(attempt("fac-wang", "a new password of hers")).isAuthenticated()).isTrue();
        accounts.remove("fac-wang");
        assertThatThrownBy(() -> basic.authenticate(attempt("fac-wang", "a new password of hers")))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void afterTheTtlThePasswordIsCheckedWithBcryptAgain() {
        account("fac-wang", RIGHT, LedgerRole.FACULTY);
        basic.authenticate(attempt("fac-wang", RIGHT));
        clock.advance(Duration.ofMinutes(4));
        basic.authenticate(attempt("fac-wang", RIGHT));
        assertThat(bcryptChecks).hasValue(1);

        clock.advance(Duration.ofMinutes(1));
        basic.authenticate(attempt("fac-wang", RIGHT));

        assertThat(bcryptChecks).hasValue(2);
    }

    private DaoAuthenticationProvider bcrypt() {
        DaoAuthenticationProvider bcrypt = new DaoAuthenticationProvider(users);
        bcrypt.setPasswordEncoder(countingBcrypt);
        return bcrypt;
    }

    private void account(String id, String password, LedgerRole... roles) {
        accounts.put(id, new LedgerUserDetails(new LedgerPrincipal(id, Set.of(roles), null), realBcrypt.encode(password)));
    }

    private static UsernamePasswordAuthenticationToken attempt(String userId, String password) {
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(userId, password);
        attempt.setDetails(new ClientAddress(ADDRESS));
        return attempt;
    }
}
