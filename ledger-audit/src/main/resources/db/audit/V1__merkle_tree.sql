-- Tamper evidence (docs/ledger-proofs.md): the Merkle tree's leaves and the signed tree heads. The
-- leaves follow the ledger's positions, which ledger-store keeps in commit order (db/events V2); until the
-- migrations were kept per module both were one migration, 1.2, and a database migrated then is taken
-- over by both halves (ledger-schema, FormerHistory).

-- The refusal of any change, as the event store has it (db/events V1): defined here too, identically,
-- because the audit service on Axon Server keeps these tables in a database without the event store.
CREATE OR REPLACE FUNCTION ledger_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'The ledger is append-only: % on % is refused. Record a correction instead.', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'integrity_constraint_violation';
END
$$;

-- The Merkle tree's leaves: leaf i is the hash of the i-th event in position order.
CREATE TABLE ledger_leaf (
    leaf_index BIGINT PRIMARY KEY,
    position   BIGINT NOT NULL UNIQUE,
    leaf_hash  BYTEA  NOT NULL
);

-- Every tree head the ledger signed.
CREATE TABLE tree_head (
    tree_size BIGINT      PRIMARY KEY,
    root_hash BYTEA       NOT NULL,
    timestamp TIMESTAMPTZ NOT NULL,
    signature BYTEA       NOT NULL,
    key_id    TEXT        NOT NULL
);

CREATE TRIGGER ledger_leaf_append_only BEFORE UPDATE OR DELETE ON ledger_leaf
    FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER ledger_leaf_no_truncate BEFORE TRUNCATE ON ledger_leaf
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER tree_head_append_only BEFORE UPDATE OR DELETE ON tree_head
    FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER tree_head_no_truncate BEFORE TRUNCATE ON tree_head
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();
