package org.cartledger.command.idempotency;

import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;

/**
 * The client's own name for one request that it may have to send again (a timeout, a dropped
 * connection): the same key from the same recorder means "the same entry", never a second one.
 */
public record IdempotencyKey(String value) {

    public static final String HEADER = "Idempotency-Key";
    public static final int MAX_LENGTH = 128;

    /** The key among a request's headers; empty when it sent none. */
    static Optional<IdempotencyKey> of(List<String> headerValues) {
        if (headerValues.isEmpty()) {
            return Optional.empty();
        }
        String value = headerValues.get(0);
        boolean visibleAscii = value.chars().allMatch(c -> c >= 0x21 && c <= 0x7E);
        if (headerValues.size() > 1 || value.isEmpty() || value.length() > MAX_LENGTH || !visibleAscii) {
            throw IdempotencyRules.invalidKey();
        }
        return Optional.of(new IdempotencyKey(value));
    }

    static Optional<IdempotencyKey> of(Enumeration<String> headerValues) {
        return of(headerValues == null ? List.of() : Collections.list(headerValues));
    }
}
