-- Security events of the password sign-in (README, "Sign-in throttling"): failed sign-ins, lockouts,
-- sign-ins refused by a lockout, the right password after wrong ones, lockouts lifted by an
-- administrator. Never a password. The counters that decide lockouts live in the process's memory;
-- this is the record the administrator reads (GET /api/admin/sign-in-events), and like the ledger it
-- is only appended to. A successful sign-in writes nothing here, unless it follows failures.

CREATE TABLE sign_in_event (
    id             BIGSERIAL   PRIMARY KEY,
    occurred_at    TIMESTAMPTZ NOT NULL,
    kind           VARCHAR(32) NOT NULL
        CHECK (kind IN ('FAILED', 'LOCKED', 'REFUSED_WHILE_LOCKED', 'SUCCEEDED_AFTER_FAILURES', 'LOCKOUT_LIFTED')),
    -- the user id tried, as sent (made printable, cut at 100 characters); it need not exist
    user_id        VARCHAR(100),
    client_address VARCHAR(64),
    -- what a LOCKED, REFUSED_WHILE_LOCKED or LOCKOUT_LIFTED is about
    lock_kind      VARCHAR(16) CHECK (lock_kind IN ('USER', 'ADDRESS')),
    locked_until   TIMESTAMPTZ,
    -- failures in a row, the lockout's number in a row, or the refusals it stands for (see SignInEvent)
    attempts       INTEGER,
    -- who lifted a lockout
    acted_by       VARCHAR(64)
);

CREATE INDEX sign_in_event_by_user ON sign_in_event (user_id, id);
CREATE INDEX sign_in_event_by_address ON sign_in_event (client_address, id);

CREATE FUNCTION sign_in_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'Sign-in events are append-only: % on % is refused.', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'integrity_constraint_violation';
END
$$;

CREATE TRIGGER sign_in_event_append_only BEFORE UPDATE OR DELETE ON sign_in_event
    FOR EACH ROW EXECUTE FUNCTION sign_in_event_refuse_change();
CREATE TRIGGER sign_in_event_no_truncate BEFORE TRUNCATE ON sign_in_event
    FOR EACH STATEMENT EXECUTE FUNCTION sign_in_event_refuse_change();
