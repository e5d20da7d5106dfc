package org.cartledger.http.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long HTTP Basic remembers a password it has checked (password sign-in only): "Remembered passwords"
 * (docs/sign-in-and-roles.md) in numbers.
 *
 * @param enabled    false checks every request's password with bcrypt, as before the cache
 * @param ttl        a password is checked with bcrypt again this long after it last was, however often it is sent
 * @param maxEntries at most this many user ids are remembered at once; the one checked longest ago goes first
 */
@ConfigurationProperties("ledger.security.basic-cache")
public record VerifiedCredentialCacheProperties(@DefaultValue("true") boolean enabled,
                                                @DefaultValue("5m") Duration ttl,
                                                @DefaultValue("10000") int maxEntries) {

    public VerifiedCredentialCacheProperties {
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("ledger.security.basic-cache.ttl must be positive, not " + ttl);
        }
        if (maxEntries < 0) {
            throw new IllegalArgumentException("ledger.security.basic-cache.max-entries must be 0 or more, not " + maxEntries);
        }
    }
}
