-- Only the ledger writes the ledger (docs/ledger-proofs.md §2a): each event the ledger's writer stores carries an
-- HMAC-SHA256 of its canonical fields (all but the position, which the insert's trigger assigns), made with a key kept
-- beside the tree-head signing key and never in the database. The tree gives no leaf to an event that must carry one
-- and does not. Events stored before the key existed keep NULL here: the key file names the newest of them.
ALTER TABLE domain_event_entry ADD COLUMN writer_mac BYTEA;
