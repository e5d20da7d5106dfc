-- Where each event of the ledger stands, written with its tree leaf (the same transaction): an inclusion
-- proof by entry id looks the entry up here instead of scanning payloads, and where the events are in
-- Axon Server (which streams a trainee's events without their positions) a trainee's events are placed
-- by it. Leaves appended before this table existed are indexed when the ledger next starts.
CREATE TABLE ledger_entry (
    position         BIGINT PRIMARY KEY REFERENCES ledger_leaf (position),
    event_identifier TEXT   NOT NULL,
    trainee_id       TEXT   NOT NULL,
    entry_id         TEXT
);
CREATE INDEX ledger_entry_by_entry_id ON ledger_entry (entry_id);
CREATE INDEX ledger_entry_by_event_identifier ON ledger_entry (event_identifier);

CREATE TRIGGER ledger_entry_append_only BEFORE UPDATE OR DELETE ON ledger_entry
    FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER ledger_entry_no_truncate BEFORE TRUNCATE ON ledger_entry
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();
