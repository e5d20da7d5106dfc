package org.cartledger.audit.tree;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The tree's leaves in {@code ledger_leaf}, with the hashes also held in memory: proofs need all of
 * them, and they only ever grow, so the cache is topped up from the table and never invalidated.
 */
@Component
class MerkleLeaves {

    private final JdbcTemplate jdbc;
    private final List<byte[]> cached = new ArrayList<>();

    MerkleLeaves(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long lastPosition() {
        Long position = jdbc.queryForObject("SELECT max(position) FROM ledger_leaf", Long.class);
        return position == null ? 0 : position;
    }

    long size() {
        Long size = jdbc.queryForObject("SELECT count(*) FROM ledger_leaf", Long.class);
        return size == null ? 0 : size;
    }

    /** A leaf to append: its index in the tree, the ledger position of its event, its hash. */
    record Leaf(long leafIndex, long position, byte[] leafHash) {
    }

    /** Appends the leaves in one batch of statements. */
    void append(List<Leaf> newLeaves) {
        jdbc.batchUpdate("INSERT INTO ledger_leaf (leaf_index, position, leaf_hash) VALUES (?, ?, ?)",
                newLeaves.stream().map(leaf -> new Object[]{leaf.leafIndex(), leaf.position(), leaf.leafHash()}).toList());
    }

    Optional<Long> leafIndexOf(long position) {
        return jdbc.queryForList("SELECT leaf_index FROM ledger_leaf WHERE position = ?", Long.class, position).stream().findFirst();
    }

    /**
     * The first {@code size} leaves as the table holds them now, read past the cache: what the ledger checks before
     * it signs, since a leaf changed in the table after it was cached would otherwise go unseen.
     */
    List<Leaf> stored(long size) {
        return jdbc.query("SELECT leaf_index, position, leaf_hash FROM ledger_leaf WHERE leaf_index < ? ORDER BY leaf_index",
                (rs, row) -> new Leaf(rs.getLong(1), rs.getLong(2), rs.getBytes(3)), size);
    }

    /** The hashes this process has read so far: what it served proofs from, to compare the table with. */
    synchronized List<byte[]> cachedHashes() {
        return List.copyOf(cached);
    }

    /** The first {@code size} leaf hashes, in leaf order. */
    synchronized List<byte[]> hashes(long size) {
        if (cached.size() < size) {
            cached.addAll(jdbc.queryForList("SELECT leaf_hash FROM ledger_leaf WHERE leaf_index >= ? ORDER BY leaf_index",
                    byte[].class, cached.size()));
        }
        if (cached.size() < size) {
            throw new IllegalStateException("The tree has " + cached.size() + " leaves, not " + size);
        }
        return Collections.unmodifiableList(new ArrayList<>(cached.subList(0, (int) size)));
    }
}
