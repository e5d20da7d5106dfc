-- Positions in commit order, which the Merkle tree needs (docs/ledger-proofs.md; its tables are
-- ledger-audit's, db/audit). Until the migrations were kept per module this and those tables were one
-- migration, 1.2; a database migrated then is taken over by both halves (ledger-schema, FormerHistory).
--
-- A sequence value is normally taken when a row is inserted, so a transaction that inserts first may
-- commit last, and a reader could see position 11 before 10. The tree needs the ledger's order to be
-- final once seen: each insert takes the ledger's write lock (held to commit) and only then its
-- position. Writes are serialized, which a training ledger's volume easily allows, and positions
-- become visible strictly in order.
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
