package org.cartledger.command.idempotency;

import org.cartledger.http.problem.Refusal;

/** The ways a request's Idempotency-Key cannot be honoured; nothing is recorded. */
final class IdempotencyRules {

    private IdempotencyRules() {
    }

    static Refusal invalidKey() {
        return Refusal.invalidField(IdempotencyKey.HEADER, "must be sent once, as 1 to " + IdempotencyKey.MAX_LENGTH
                + " visible ASCII characters (no spaces), such as a UUID");
    }

    static Refusal reused(IdempotencyKey key, String firstEntryId) {
        return new Refusal(422, "idempotency-key-reused", "The Idempotency-Key names another request",
                "The Idempotency-Key '" + key.value() + "' was already used for a different request, which recorded entry "
                        + firstEntryId + ". A key names one request: send a retry with exactly the same path and body, "
                        + "or use a new key for a new entry.");
    }

    static Refusal unavailable() {
        return new Refusal(501, "idempotency-unavailable", "Idempotency-Key is not supported here",
                "This command side does not keep the ledger's events in its own database (the axonserver deployment), "
                        + "so it cannot promise that a retried request records nothing new. Nothing was recorded. Send the "
                        + "request without Idempotency-Key, or to the ledger that keeps its events in PostgreSQL.");
    }
}
