package org.cartledger.command.idempotency;

/** A request's Idempotency-Key cannot be honoured; nothing was recorded. */
public class IdempotencyRefusal extends RuntimeException {

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
        return new IdempotencyRefusal(422, "idempotency-key-reused", "The Idempotency-Key '" + key.value()
                + "' was already used for a different request, which recorded entry " + firstEntryId
                + ". A key names one request: send a retry with exactly the same path and body, or use a new key for a new entry.");
    }

    static IdempotencyRefusal unavailable() {
        return new IdempotencyRefusal(501, "idempotency-unavailable", "This command side does not keep the ledger's "
                + "events in its own database (the axonserver deployment), so it cannot promise that a retried request "
                + "records nothing new. Nothing was recorded. Send the request without Idempotency-Key, or to the ledger "
                + "that keeps its events in PostgreSQL.");
    }

    public int status() {
        return status;
    }

    public String rule() {
        return rule;
    }
}
