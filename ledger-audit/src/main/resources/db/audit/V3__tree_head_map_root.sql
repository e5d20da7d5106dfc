-- A tree head of version 2 also signs the root of the record map of its tree size: each record's entry count and
-- the position of its last entry (docs/ledger-proofs.md §4a), so that a bundle can prove it holds the whole record.
-- NULL for the heads of version 1 signed before, which stay verifiable as they were.
ALTER TABLE tree_head ADD COLUMN map_root_hash BYTEA;
