-- Where each entry is in the ledger, by its entry id and by its trainee: the inclusion proof by entry
-- id and a trainee's positions are looked up here, never by scanning payloads. Derived from the
-- ledger (the tree's processor writes it, and fills it for events already stored), so unlike the
-- leaves it is not append-only: it can be rebuilt.
CREATE TABLE ledger_entry_index (
    entry_id   TEXT   PRIMARY KEY,
    position   BIGINT NOT NULL UNIQUE,
    trainee_id TEXT   NOT NULL
);

CREATE INDEX ledger_entry_index_by_trainee ON ledger_entry_index (trainee_id, position);
