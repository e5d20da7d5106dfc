package org.cartledger.http.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cartledger.http.security.SignInEvent.Lock;

/**
 * The sign-in throttling policy and its counters (docs/sign-in-and-roles.md, "Sign-in throttling"): wrong passwords
 * in a row lock a user id, failures from one address within a window lock the address, each
 * further lockout in a row lasts twice as long up to a cap, and a user id is not held by lockouts
 * at an address where it recently signed in (until a wrong password there), so that nobody can keep
 * the administrator out by guessing wrong on purpose.
 *
 * <p>The counters live in this process's memory: the check before every sign-in costs no SQL, and
 * only what is worth recording (failures, lockouts, refusals, lifts) becomes a {@link SignInEvent}
 * for the caller to log and store. A user id that does not exist is counted exactly like one that
 * does. One lock guards everything: each call is a few map operations, next to the bcrypt check of
 * every sign-in.
 */
public final class SignInThrottle {

    /** A user id keeps at most this many addresses it signed in from. */
    private static final int KNOWN_ADDRESSES_PER_USER = 8;
    private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);

    private final SignInThrottleProperties policy;
    private final Clock clock;
    private final Map<String, Counter> users = new HashMap<>();
    private final Map<String, Counter> addresses = new HashMap<>();
    private Instant lastSweep;

    public SignInThrottle(SignInThrottleProperties policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
        this.lastSweep = clock.instant();
    }

    /** How long the {@code nth} lockout in a row lasts: {@code first}, doubled for each one before it, at most {@code longest}. */
    static Duration lockoutLength(Duration first, int nth, Duration longest) {
        Duration length = first;
        for (int i = 1; i < nth && length.compareTo(longest) < 0; i++) {
            length = length.multipliedBy(2);
        }
        return length.compareTo(longest) > 0 ? longest : length;
    }

    /**
     * Before the password is checked: the lockout that refuses this attempt, if any. The refusal
     * carries the event to record, if this one is to be recorded (see {@code refusal-report-every}).
     */
    public synchronized Optional<Refusal> refusal(String userId, String address) {
        Instant now = clock.instant();
        Counter user = users.get(userId);
        if (user != null && user.knowsAddress(address, now, policy.knownAddressFor())) {
            return Optional.empty();
        }
        Counter byAddress = addresses.get(address);
        boolean userLocked = user != null && user.locked(now);
        boolean addressLocked = byAddress != null && byAddress.locked(now);
        if (!userLocked && !addressLocked) {
            return Optional.empty();
        }
        // the lockout that lasts longer is the one to wait for
        boolean byUser = userLocked && (!addressLocked || !user.lockedUntil.isBefore(byAddress.lockedUntil));
        Counter lockout = byUser ? user : byAddress;
        Lock lock = byUser ? Lock.USER : Lock.ADDRESS;
        lockout.refusedInAll++;
        lockout.refusedSinceReport++;
        SignInEvent event = null;
        if (lockout.lastReport == null || !now.isBefore(lockout.lastReport.plus(policy.refusalReportEvery()))) {
            event = SignInEvent.refused(now, userId, address, lock, lockout.lockedUntil, lockout.refusedSinceReport);
            lockout.lastReport = now;
            lockout.refusedSinceReport = 0;
        }
        return Optional.of(new Refusal(lock, byUser ? userId : address, lockout.lockedUntil,
                Duration.between(now, lockout.lockedUntil), event));
    }

    /** A wrong password (or an unknown user id): counts it, and locks what has failed too often. */
    public synchronized List<SignInEvent> failed(String userId, String address) {
        Instant now = clock.instant();
        sweepIfDue(now);
        List<SignInEvent> events = new ArrayList<>();
        Counter user = users.computeIfAbsent(userId, id -> new Counter());
        // a wrong password at a known address ends what it was trusted with there
        user.knownAddresses.remove(address);
        user.lastFailure = now;
        if (!user.locked(now)) {
            user.failuresInARow++;
        }
        events.add(SignInEvent.failed(now, userId, address, user.failuresInARow));
        if (!user.locked(now) && user.failuresInARow >= policy.userFailuresBeforeLockout()) {
            user.lock(now, lockoutLength(policy.userLockout(), user.lockoutsInARow + 1, policy.longestLockout()));
            events.add(SignInEvent.locked(now, userId, address, Lock.USER, user.lockedUntil, user.lockoutsInARow));
        }
        Counter byAddress = addresses.computeIfAbsent(address, a -> new Counter());
        byAddress.lastFailure = now;
        if (!byAddress.locked(now)) {
            byAddress.recentFailures.addLast(now);
            while (!byAddress.recentFailures.getFirst().isAfter(now.minus(policy.addressWindow()))) {
                byAddress.recentFailures.removeFirst();
            }
            if (byAddress.recentFailures.size() >= policy.addressFailuresBeforeLockout()) {
                byAddress.lock(now, lockoutLength(policy.addressLockout(), byAddress.lockoutsInARow + 1, policy.longestLockout()));
                events.add(SignInEvent.locked(now, userId, address, Lock.ADDRESS, byAddress.lockedUntil, byAddress.lockoutsInARow));
            }
        }
        return events;
    }

    /**
     * The right password: remembers the address as one this user id signs in from, and clears its
     * failures (an event only if there were any, so that the usual sign-in records nothing).
     */
    public synchronized List<SignInEvent> succeeded(String userId, String address) {
        Instant now = clock.instant();
        Counter user = users.computeIfAbsent(userId, id -> new Counter());
        user.knownAddresses.remove(address);
        user.knownAddresses.put(address, now);
        if (user.knownAddresses.size() > KNOWN_ADDRESSES_PER_USER) {
            user.knownAddresses.remove(user.knownAddresses.keySet().iterator().next());
        }
        if (user.locked(now) || (user.failuresInARow == 0 && user.lockoutsInARow == 0)) {
            // still locked elsewhere (this was a known address), or nothing to clear
            return List.of();
        }
        int failures = user.failuresInARow;
        user.failuresInARow = 0;
        user.lockoutsInARow = 0;
        return List.of(SignInEvent.succeededAfterFailures(now, userId, address, failures));
    }

    /** Every lockout in force, the one ending last first. */
    public synchronized List<Lockout> lockouts() {
        Instant now = clock.instant();
        List<Lockout> lockouts = new ArrayList<>();
        users.forEach((id, user) -> {
            if (user.locked(now)) {
                lockouts.add(new Lockout(Lock.USER, id, null, user.lockedUntil, user.lockoutsInARow, user.refusedInAll));
            }
        });
        addresses.forEach((address, counter) -> {
            if (counter.locked(now)) {
                lockouts.add(new Lockout(Lock.ADDRESS, null, address, counter.lockedUntil, counter.lockoutsInARow, counter.refusedInAll));
            }
        });
        lockouts.sort(Comparator.comparing(Lockout::lockedUntil).reversed());
        return lockouts;
    }

    /** Ends a user id's lockout early and forgets its failures; empty if it is not locked. */
    public synchronized Optional<SignInEvent> liftUser(String userId, String by) {
        return lift(users.get(userId), Lock.USER, userId, null, by);
    }

    /** Ends an address's lockout early and forgets its failures; empty if it is not locked. */
    public synchronized Optional<SignInEvent> liftAddress(String address, String by) {
        return lift(addresses.get(address), Lock.ADDRESS, null, address, by);
    }

    private Optional<SignInEvent> lift(Counter counter, Lock lock, String userId, String address, String by) {
        Instant now = clock.instant();
        if (counter == null || !counter.locked(now)) {
            return Optional.empty();
        }
        counter.lockedUntil = null;
        counter.failuresInARow = 0;
        counter.lockoutsInARow = 0;
        counter.recentFailures.clear();
        return Optional.of(SignInEvent.lifted(now, lock, userId, address, by));
    }

    /** Forgets what is old, so that the counters do not grow with every user id ever tried. */
    private void sweepIfDue(Instant now) {
        if (now.isBefore(lastSweep.plus(SWEEP_EVERY))) {
            return;
        }
        lastSweep = now;
        Instant forgetBefore = now.minus(policy.forgetAfter());
        Instant unknownBefore = now.minus(policy.knownAddressFor());
        for (Map<String, Counter> counters : List.of(users, addresses)) {
            for (Iterator<Counter> it = counters.values().iterator(); it.hasNext(); ) {
                Counter counter = it.next();
                counter.knownAddresses.values().removeIf(lastSuccess -> lastSuccess.isBefore(unknownBefore));
                if (!counter.locked(now) && (counter.lastFailure == null || counter.lastFailure.isBefore(forgetBefore))) {
                    counter.forgetFailures();
                    if (counter.knownAddresses.isEmpty()) {
                        it.remove();
                    }
                }
            }
        }
    }

    /**
     * A sign-in refused because of a lockout.
     *
     * @param lock       what is locked
     * @param locked     the user id or the address that is locked
     * @param lockedUntil when it ends
     * @param retryAfter how long from now
     * @param event      to record, or null when this refusal is counted into a later event
     */
    public record Refusal(Lock lock, String locked, Instant lockedUntil, Duration retryAfter, SignInEvent event) {
    }

    /**
     * A lockout in force, as the administrator sees it.
     *
     * @param userId         the locked user id (for a USER lockout)
     * @param address        the locked address (for an ADDRESS lockout)
     * @param lockoutsInARow how many times in a row it has been locked (each lasting twice the one before)
     * @param refused        sign-ins it has refused so far
     */
    public record Lockout(Lock lock, String userId, String address, Instant lockedUntil, int lockoutsInARow, int refused) {
    }

    /** What is counted for one user id or one address. */
    private static final class Counter {
        int failuresInARow;
        final Deque<Instant> recentFailures = new ArrayDeque<>();
        int lockoutsInARow;
        Instant lockedUntil;
        Instant lastFailure;
        int refusedInAll;
        int refusedSinceReport;
        Instant lastReport;
        /** user ids only: the addresses it signed in from, with when it last did, oldest first */
        final Map<String, Instant> knownAddresses = new LinkedHashMap<>();

        boolean locked(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }

        boolean knowsAddress(String address, Instant now, Duration knownFor) {
            Instant lastSuccess = knownAddresses.get(address);
            return lastSuccess != null && now.isBefore(lastSuccess.plus(knownFor));
        }

        void lock(Instant now, Duration length) {
            lockoutsInARow++;
            lockedUntil = now.plus(length);
            failuresInARow = 0;
            recentFailures.clear();
            refusedInAll = 0;
            refusedSinceReport = 0;
            lastReport = null;
        }

        void forgetFailures() {
            failuresInARow = 0;
            lockoutsInARow = 0;
            recentFailures.clear();
            lockedUntil = null;
        }
    }
}
