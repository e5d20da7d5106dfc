package org.cartledger.http.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.cartledger.api.recording.LedgerRole;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;

/** What HTTP Basic remembers of a password bcrypt accepted, and when it stops counting, on a clock the test moves. */
class VerifiedCredentialCacheTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final Duration TTL = Duration.ofMinutes(5);

    private final MovableClock clock = new MovableClock();
    private final VerifiedCredentialCache cache = new VerifiedCredentialCache(
            new VerifiedCredentialCacheProperties(true, TTL, 3), clock);

    @Test
    void thePasswordBcryptAcceptedIsRecalledWithTheAccountItWasCheckedAgainst() {
        UserDetails checked = faculty("{bcrypt}$2a$10$first");
        cache.remember("fac-wang", PASSWORD, checked, checked.getAuthorities());

        assertThat(cache.recall("fac-wang", PASSWORD)).get().satisfies(remembered -> {
            assertThat(remembered.stillHolds(faculty("{bcrypt}$2a$10$first"))).isTrue();
            assertThat(remembered.authorities()).extracting(Object::toString).containsExactly("ROLE_FACULTY");
            assertThat(remembered.checkedAt()).isEqualTo(clock.instant());
        });
        assertThat(cache.remembers("fac-wang")).isTrue();
    }

    @Test
    void aWrongPasswordIsNotRecalledAndLeavesTheRightOneRemembered() {
        remember("fac-wang");

        // the same length, one character off; a prefix; the right password for another id
        assertThat(cache.recall("fac-wang", PASSWORD.substring(0, PASSWORD.length() - 1) + "f")).isEmpty();
        assertThat(cache.recall("fac-wang", PASSWORD.substring(0, 5))).isEmpty();
        assertThat(cache.recall("fac-zhao", PASSWORD)).isEmpty();
        assertThat(cache.recall("fac-wang", PASSWORD)).isPresent();
    }

    @Test
    void theIdAndThePasswordAreNotOneStringThatCouldBeCutElsewhere() {
        remember("fac");

        assertThat(cache.recall("fac\u0000correct", " horse battery staple")).isEmpty();
        assertThat(cache.recall("fa", "c\u0000" + PASSWORD)).isEmpty();
    }

    @Test
    void anEntryRunsOutTtlAfterBcryptCheckedItHoweverOftenItIsUsed() {
        remember("fac-wang");

        clock.advance(TTL.minusSeconds(1));
        assertThat(cache.recall("fac-wang", PASSWORD)).isPresent();
        clock.advance(Duration.ofSeconds(1));

        assertThat(cache.recall("fac-wang", PASSWORD)).isEmpty();
        assertThat(cache.remembers("fac-wang")).isFalse();
        assertThat(cache.size()).isZero();
    }

    @Test
    void aNewPasswordHashOtherRolesAnotherTraineeIdOrARemovedAccountNoLongerHold() {
        UserDetails checked = faculty("{bcrypt}$2a$10$first");
        cache.remember("fac-wang", PASSWORD, checked, checked.getAuthorities());
        VerifiedCredentialCache.Remembered remembered = cache.recall("fac-wang", PASSWORD).orElseThrow();

        assertThat(remembered.stillHolds(faculty("{bcrypt}$2a$10$second"))).as("password changed").isFalse();
        assertThat(remembered.stillHolds(new LedgerUserDetails(new LedgerPrincipal("fac-wang", Set.of(), null),
                "{bcrypt}$2a$10$first"))).as("role taken away").isFalse();
        assertThat(remembered.stillHolds(new LedgerUserDetails(new LedgerPrincipal("fac-wang",
                Set.of(LedgerRole.FACULTY, LedgerRole.ADMIN), null), "{bcrypt}$2a$10$first"))).as("role granted").isFalse();
        assertThat(remembered.stillHolds(new LedgerUserDetails(new LedgerPrincipal("fac-wang", Set.of(LedgerRole.FACULTY), "T-1"),
                "{bcrypt}$2a$10$first"))).as("trainee id set").isFalse();
        assertThat(remembered.stillHolds(null)).as("account removed").isFalse();
        assertThat(remembered.stillHolds(faculty("{bcrypt}$2a$10$first"))).isTrue();
    }

    @Test
    void anAccountThatMayNoLongerSignInNoLongerHolds() {
        UserDetails checked = User.withUsername("ops").password("{bcrypt}$2a$10$first").roles("ADMIN").build();
        cache.remember("ops", PASSWORD, checked, checked.getAuthorities());
        VerifiedCredentialCache.Remembered remembered = cache.recall("ops", PASSWORD).orElseThrow();

        assertThat(remembered.stillHolds(User.withUserDetails(checked).accountLocked(true).build())).as("locked").isFalse();
        assertThat(remembered.stillHolds(User.withUserDetails(checked).disabled(true).build())).as("disabled").isFalse();
        assertThat(remembered.stillHolds(User.withUserDetails(checked).build())).isTrue();
    }

    @Test
    void aForgottenIdIsCheckedWithBcryptAgain() {
        remember("fac-wang");
        remember("fac-zhao");

        cache.forget("fac-wang");

        assertThat(cache.recall("fac-wang", PASSWORD)).isEmpty();
        assertThat(cache.recall("fac-zhao", PASSWORD)).isPresent();
    }

    @Test
    void beyondItsBoundTheIdCheckedLongestAgoGoesFirst() {
        remember("fac-1");
        clock.advance(Duration.ofSeconds(1));
        remember("fac-2");
        clock.advance(Duration.ofSeconds(1));
        remember("fac-3");
        clock.advance(Duration.ofSeconds(1));
        remember("fac-1");
        remember("fac-4");

        assertThat(cache.size()).isEqualTo(3);
        assertThat(List.of("fac-1", "fac-2", "fac-3", "fac-4")).filteredOn(cache::remembers).containsExactly("fac-1", "fac-3", "fac-4");
    }

    @Test
    void turnedOffItRemembersNothing() {
        VerifiedCredentialCache off = new VerifiedCredentialCache(new VerifiedCredentialCacheProperties(false, TTL, 3), clock);
        UserDetails checked = faculty("{bcrypt}$2a$10$first");

        off.remember("fac-wang", PASSWORD, checked, checked.getAuthorities());

        assertThat(off.recall("fac-wang", PASSWORD)).isEmpty();
        assertThat(off.size()).isZero();
    }

    private void remember(String userId) {
        UserDetails checked = new LedgerUserDetails(new LedgerPrincipal(userId, Set.of(LedgerRole.FACULTY), null), "{bcrypt}$2a$10$x");
        cache.remember(userId, PASSWORD, checked, List.of(new SimpleGrantedAuthority("ROLE_FACULTY")));
    }

    private static UserDetails faculty(String passwordHash) {
        return new LedgerUserDetails(new LedgerPrincipal("fac-wang", Set.of(LedgerRole.FACULTY), null), passwordHash);
    }
}
