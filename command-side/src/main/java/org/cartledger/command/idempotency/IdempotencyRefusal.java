package org.cartledger.command.idempotency;

/** A request's Idempotency-Key cannot be honoured; nothing was recorded. */
public class IdempotencyRefusal extends RuntimeException {

    static final String REUSED = "idempotency-key-reused";

    private final int status;
    private final String rule;

    private IdempotencyRefusal(int status, String rule, String detail) {
        super(detail);
        this.status = status;
        this.rule = rule;
    }

    static IdempotencyRefusal invalidKey() {
        return new IdempotencyRefusal(400, "invalid-request", "must be sent once, as 1 to " + IdempotencyKey.MAX_LENGTH
                + " visible ASCII characters (no spaces), such as a UUID");
    }

    static IdempotencyRefusal reused(IdempotencyKey key, String firstEntryId) {
        return new IdempotencyRefusal(422, REUSED, reusedDetail(key.value(), firstEntryId));
    }

    /** Said by the key table (here) and by the trainee's record ({@link KeyedRequest}), whichever sees the reuse first. */
    static String reusedDetail(String key, String firstEntryId) {
        return "The Idempotency-Key '" + key + "' was already used for a different request, which recorded entry "
                + firstEntryId + ". A key names one request: send a retry with exactly the same path and body, or use a "
                + "new key for a new entry.";
    }

    public int status() {
        return status;
    }

    public String rule() {
        return rule;
    }
}
