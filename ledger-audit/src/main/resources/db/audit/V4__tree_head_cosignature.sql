-- Witnesses' cosignatures of tree heads (docs/ledger-proofs.md §4c): each says a witness outside the ledger saw the
-- head and found it consistent with every head it saw before. Append-only like the heads: a cosignature once
-- received is evidence, and deleting it would let a rollback look unwitnessed. Keyed by size and witness, not tied
-- to tree_head by a foreign key: the head's fields are kept here as signed, so a row stays checkable on its own.
CREATE TABLE tree_head_cosignature (
    tree_size      BIGINT      NOT NULL,
    witness        TEXT        NOT NULL,
    witness_key_id TEXT        NOT NULL,
    log_key_id     TEXT        NOT NULL,
    root_hash      BYTEA       NOT NULL,
    map_root_hash  BYTEA,
    cosigned_at    TIMESTAMPTZ NOT NULL,
    signature      BYTEA       NOT NULL,
    received_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (tree_size, witness)
);

CREATE TRIGGER tree_head_cosignature_append_only BEFORE UPDATE OR DELETE ON tree_head_cosignature
    FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER tree_head_cosignature_no_truncate BEFORE TRUNCATE ON tree_head_cosignature
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();
