package org.cartledger.http.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How repeated failed sign-ins (password sign-in only) are slowed down: "Sign-in
 * throttling" (docs/sign-in-and-roles.md) in numbers.
 *
 * @param userFailuresBeforeLockout    wrong passwords in a row for one user id that lock it
 * @param userLockout                  how long the first lockout of a user id lasts; each further one in a row lasts twice as long
 * @param addressFailuresBeforeLockout failed sign-ins from one client address, whatever the user ids, that lock the address ...
 * @param addressWindow                ... when they fall within this window
 * @param addressLockout               how long the first lockout of an address lasts; doubling like a user's
 * @param longestLockout               no lockout lasts longer than this, however often it is repeated
 * @param knownAddressFor              a user id is not held by its lockout at an address where it signed in
 *                                     successfully within this time (until a wrong password there)
 * @param forgetAfter                  counters with no failure for this long are forgotten, and lockouts count from one again
 * @param refusalReportEvery           sign-ins refused by one lockout are recorded at its first, then at most once per this
 *                                     (with how many there were), so a flood of refused attempts is not a flood of rows
 * @param trustedProxies               addresses of the proxies in front of the ledger (exact IPv4/IPv6 addresses); only a
 *                                     request from one of these has its client address taken from X-Forwarded-For
 */
@ConfigurationProperties("ledger.security.sign-in")
public record SignInThrottleProperties(@DefaultValue("5") int userFailuresBeforeLockout,
                                       @DefaultValue("15m") Duration userLockout,
                                       @DefaultValue("20") int addressFailuresBeforeLockout,
                                       @DefaultValue("10m") Duration addressWindow,
                                       @DefaultValue("15m") Duration addressLockout,
                                       @DefaultValue("4h") Duration longestLockout,
                                       @DefaultValue("30d") Duration knownAddressFor,
                                       @DefaultValue("24h") Duration forgetAfter,
                                       @DefaultValue("1m") Duration refusalReportEvery,
                                       List<String> trustedProxies) {

    public SignInThrottleProperties {
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
        if (userFailuresBeforeLockout < 1 || addressFailuresBeforeLockout < 1) {
            throw new IllegalArgumentException("ledger.security.sign-in.*-failures-before-lockout must be 1 or more");
        }
        for (Duration duration : List.of(userLockout, addressWindow, addressLockout, longestLockout, knownAddressFor, forgetAfter,
                refusalReportEvery)) {
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("ledger.security.sign-in durations must be positive, not " + duration);
            }
        }
    }
}
