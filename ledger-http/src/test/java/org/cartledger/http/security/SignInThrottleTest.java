package org.cartledger.http.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.cartledger.http.security.SignInEvent.Kind;
import org.cartledger.http.security.SignInEvent.Lock;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** The throttling policy's arithmetic, on a clock the test moves. */
class SignInThrottleTest {

    private static final String A = "198.51.100.1";
    private static final String B = "198.51.100.2";

    private final MovableClock clock = new MovableClock();
    private final SignInThrottle throttle = new SignInThrottle(new SignInThrottleProperties(5, Duration.ofMinutes(15), 20,
            Duration.ofMinutes(10), Duration.ofMinutes(15), Duration.ofHours(4), Duration.ofDays(30), Duration.ofHours(24),
            Duration.ofMinutes(1), List.of()), clock);

    @Test
    void eachLockoutInARowLastsTwiceAsLongAsTheOneBeforeUpToTheLongest() {
        Duration first = Duration.ofMinutes(15);
        Duration longest = Duration.ofHours(4);

        assertThat(List.of(1, 2, 3, 4, 5, 6, 50).stream().map(n -> SignInThrottle.lockoutLength(first, n, longest)).toList())
                .containsExactly(Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(2),
                        Duration.ofHours(4), Duration.ofHours(4), Duration.ofHours(4));
    }

    @Test
    void fiveWrongPasswordsInARowLockTheUserIdFromEveryAddressForFifteenMinutes() {
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.failed("fac-wang", A)).extracting(SignInEvent::kind).containsExactly(Kind.FAILED);
        }
        List<SignInEvent> fifth = throttle.failed("fac-wang", A);

        assertThat(fifth).extracting(SignInEvent::kind).containsExactly(Kind.FAILED, Kind.LOCKED);
        assertThat(fifth.get(1).lockedUntil()).isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));
        assertThat(throttle.refusal("fac-wang", B)).get().satisfies(refusal -> {
            assertThat(refusal.lock()).isEqualTo(Lock.USER);
            assertThat(refusal.retryAfter()).isEqualTo(Duration.ofMinutes(15));
        });
        clock.advance(Duration.ofMinutes(14).plusSeconds(59));
        assertThat(throttle.refusal("fac-wang", A)).isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.refusal("fac-wang", A)).isEmpty();
    }

    @Test
    void aSuccessClearsTheFailuresSoOnlyFailuresInARowCount() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("fac-wang", A);
        }
        assertThat(throttle.succeeded("fac-wang", B)).extracting(SignInEvent::kind, SignInEvent::attempts)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.SUCCEEDED_AFTER_FAILURES, 4));
        for (int i = 0; i < 4; i++) {
            throttle.failed("fac-wang", A);
        }

        assertThat(throttle.refusal("fac-wang", A)).isEmpty();
        assertThat(throttle.succeeded("fac-wang", A)).isNotEmpty();
        assertThat(throttle.succeeded("fac-wang", A)).as("an ordinary sign-in records nothing").isEmpty();
    }

    @Test
    void aRepeatedLockoutLastsLongerUntilTheUserSignsInOrIsForgotten() {
        List<Duration> lockouts = new ArrayList<>();
        for (int round = 0; round < 6; round++) {
            SignInEvent locked = lockOut("unknown-id", A);
            lockouts.add(Duration.between(clock.instant(), locked.lockedUntil()));
            clock.advance(Duration.between(clock.instant(), locked.lockedUntil()));
        }

        assertThat(lockouts).containsExactly(Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(2),
                Duration.ofHours(4), Duration.ofHours(4));
        clock.advance(Duration.ofHours(25));
        throttle.failed("someone-else", B); // the counters are swept on a failure
        assertThat(Duration.between(clock.instant(), lockOut("unknown-id", A).lockedUntil())).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void twentyFailuresFromOneAddressWithinTenMinutesLockTheAddressForEveryUserId() {
        for (int i = 0; i < 19; i++) {
            throttle.failed("spray-" + i, A);
            clock.advance(Duration.ofSeconds(30));
        }
        // the first failure has just left the window: 19 in the last ten minutes, then 20
        clock.advance(Duration.ofSeconds(31));
        assertThat(throttle.failed("spray-19", A)).extracting(SignInEvent::kind).containsExactly(Kind.FAILED);
        List<SignInEvent> twentieth = throttle.failed("spray-20", A);

        assertThat(twentieth).extracting(SignInEvent::kind, SignInEvent::lock)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.FAILED, null), org.assertj.core.groups.Tuple.tuple(Kind.LOCKED, Lock.ADDRESS));
        assertThat(throttle.refusal("fac-wang", A)).get().extracting(SignInThrottle.Refusal::lock).isEqualTo(Lock.ADDRESS);
        assertThat(throttle.refusal("fac-wang", B)).isEmpty();
    }

    @Test
    void aUserIdIsNotHeldByItsLockoutAtAnAddressWhereItSignedInUntilAWrongPasswordThere() {
        throttle.succeeded("admin", A);
        lockOut("admin", B);

        assertThat(throttle.refusal("admin", B)).isPresent();
        assertThat(throttle.refusal("admin", A)).as("the administrator's own desk").isEmpty();
        assertThat(throttle.succeeded("admin", A)).as("a success elsewhere does not end the lockout").isEmpty();
        assertThat(throttle.refusal("admin", B)).isPresent();

        throttle.failed("admin", A);
        assertThat(throttle.refusal("admin", A)).as("a wrong password at the desk ends the exemption").isPresent();
    }

    @Test
    void anAddressLockoutDoesNotHoldTheStaffWhoSignedInFromThatAddressBefore() {
        throttle.succeeded("fac-wang", A);
        for (int i = 0; i < 20; i++) {
            throttle.failed("spray-" + i, A);
        }

        assertThat(throttle.refusal("spray-0", A)).get().extracting(SignInThrottle.Refusal::lock).isEqualTo(Lock.ADDRESS);
        assertThat(throttle.refusal("fac-zhao", A)).as("an id never signed in from here").isPresent();
        assertThat(throttle.refusal("fac-wang", A)).as("a colleague behind the same NAT").isEmpty();
    }

    @Test
    void anAddressTheUserHasNotSignedInFromForThirtyDaysIsNoLongerKnown() {
        throttle.succeeded("admin", A);
        clock.advance(Duration.ofDays(30));
        lockOut("admin", B);

        assertThat(throttle.refusal("admin", A)).isPresent();
    }

    @Test
    void theFirstRefusalOfALockoutIsRecordedAndTheRestAtMostOnceAMinuteWithTheirNumber() {
        lockOut("fac-wang", A);

        List<SignInEvent> recorded = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            throttle.refusal("fac-wang", A).map(SignInThrottle.Refusal::event).ifPresent(recorded::add);
            clock.advance(Duration.ofSeconds(1));
        }

        assertThat(recorded).extracting(SignInEvent::attempts).containsExactly(1, 60);
        assertThat(throttle.lockouts()).singleElement().extracting(SignInThrottle.Lockout::refused).isEqualTo(100);
    }

    @Test
    void anAdministratorLiftsALockoutAndTheCountingStartsAfresh() {
        lockOut("fac-wang", A);

        assertThat(throttle.liftUser("fac-wang", "admin")).get().satisfies(lift -> {
            assertThat(lift.kind()).isEqualTo(Kind.LOCKOUT_LIFTED);
            assertThat(lift.actedBy()).isEqualTo("admin");
        });
        assertThat(throttle.refusal("fac-wang", A)).isEmpty();
        assertThat(throttle.lockouts()).isEmpty();
        assertThat(throttle.liftUser("fac-wang", "admin")).isEmpty();
        assertThat(Duration.between(clock.instant(), lockOut("fac-wang", A).lockedUntil())).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void aLockedSignInIsRefusedWithoutCheckingThePassword() {
        AtomicInteger checked = new AtomicInteger();
        AuthenticationProvider passwords = new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                checked.incrementAndGet();
                throw new BadCredentialsException("wrong");
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return true;
            }
        };
        List<SignInEvent> recorded = new ArrayList<>();
        org.springframework.beans.factory.support.StaticListableBeanFactory beans = new org.springframework.beans.factory.support.StaticListableBeanFactory();
        beans.addBean("store", (SignInEventStore) recorded::add);
        SignInEvents events = new SignInEvents(beans.getBeanProvider(SignInEventStore.class));
        ThrottledSignIn signIn = new ThrottledSignIn(passwords, throttle, events,
                new VerifiedCredentialCache(new VerifiedCredentialCacheProperties(true, Duration.ofMinutes(5), 10), clock));
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated("fac-wang", "guess");
        attempt.setDetails(new ClientAddress(A));

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn.authenticate(attempt)).isInstanceOf(BadCredentialsException.class);
        }
        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> signIn.authenticate(attempt)).isInstanceOf(SignInLockedException.class);
        }

        assertThat(checked).hasValue(5);
        assertThat(recorded).extracting(SignInEvent::kind).containsExactly(Kind.FAILED, Kind.FAILED, Kind.FAILED, Kind.FAILED,
                Kind.FAILED, Kind.LOCKED, Kind.REFUSED_WHILE_LOCKED);
    }

    @Test
    void aUserIdIsKeptPrintableAndShort() {
        assertThat(SignInEvent.printable("admin\r\n2026-01-01 INFO forged\u0000")).isEqualTo("admin\\u000d\\u000a2026-01-01 INFO forged\\u0000");
        assertThat(SignInEvent.printable("evil\u202Eexe")).isEqualTo("evil\\u202eexe");
        assertThat(SignInEvent.printable("x".repeat(500))).hasSize(SignInEvent.MAX_USER_ID).endsWith("…");
        assertThat(SignInEvent.printable("mei.chen")).isEqualTo("mei.chen");
    }

    private SignInEvent lockOut(String userId, String address) {
        for (int i = 0; i < 4; i++) {
            throttle.failed(userId, address);
        }
        return throttle.failed(userId, address).stream().filter(e -> e.kind() == Kind.LOCKED).findFirst().orElseThrow();
    }
}
