package org.cartledger.command.idempotency;

import org.cartledger.http.problem.Refusal;

/** The ways a request's Idempotency-Key cannot be honoured; nothing is recorded. */
final class IdempotencyRules {

    static final String REUSED = "idempotency-key-reused";

    private IdempotencyRules() {
    }

    static Refusal invalidKey() {
        return Refusal.invalidField(IdempotencyKey.HEADER, "must be sent once, as 1 to " + IdempotencyKey.MAX_LENGTH
                + " visible ASCII characters (no spaces), such as a UUID");
    }

    static Refusal reused(IdempotencyKey key, String firstEntryId) {
        return new Refusal(422, REUSED, "The Idempotency-Key names another request", reusedDetail(key.value(), firstEntryId));
    }

    /** Said by the key table and by the trainee's record ({@link KeyedRequest}), whichever sees the reuse first. */
    static String reusedDetail(String key, String firstEntryId) {
        return "The Idempotency-Key '" + key + "' was already used for a different request, which recorded entry "
                + firstEntryId + ". A key names one request: send a retry with exactly the same path and body, or use a "
                + "new key for a new entry.";
    }
}
