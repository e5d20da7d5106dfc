-- Idempotency keys (command-side, org.cartledger.command.idempotency): which entry each recorder's
-- Idempotency-Key recorded. A row is inserted in the transaction that appends its event, so a crash
-- leaves both or neither; the primary key makes a second request with the same key wait for the
-- first and then find its row. Only recorded entries have a row: a refused request stores nothing.
--   request_fingerprint  SHA-256 (hex) of the role, the kind of command and every field the client
--                        chose: a retry must match it, or it is refused as a different request
CREATE TABLE idempotency_key (
    recorder_id         VARCHAR(255) NOT NULL,
    idempotency_key     VARCHAR(128) NOT NULL,
    request_fingerprint CHAR(64)     NOT NULL,
    trainee_id          VARCHAR(255) NOT NULL,
    entry_id            VARCHAR(64)  NOT NULL,
    recorded_at         TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (recorder_id, idempotency_key)
);
