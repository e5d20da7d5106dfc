-- Tamper evidence (docs/ledger-proofs.md).

-- 1. Positions in commit order. A sequence value is normally taken when a row is inserted, so a
-- transaction that inserts first may commit last, and a reader could see position 11 before 10. The
-- tree needs the ledger's order to be final once seen: each insert takes the ledger's write lock
-- (held to commit) and only then its position. Writes are serialized, which a training ledger's
-- volume easily allows, and positions become visible strictly in order.
ALTER TABLE domain_event_entry ALTER COLUMN global_index DROP DEFAULT;

CREATE FUNCTION ledger_assign_position() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('cartledger:ledger-writes'));
    NEW.global_index := nextval('domain_event_entry_global_index_seq');
    RETURN NEW;
END
$$;

CREATE TRIGGER domain_event_entry_position
    BEFORE INSERT ON domain_event_entry
    FOR EACH ROW EXECUTE FUNCTION ledger_assign_position();

-- 2. The Merkle tree's leaves: leaf i is the hash of the i-th event in position order.
CREATE TABLE ledger_leaf (
    leaf_index BIGINT PRIMARY KEY,
    position   BIGINT NOT NULL UNIQUE,
    leaf_hash  BYTEA  NOT NULL
);

-- 3. Every tree head the ledger signed.
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
