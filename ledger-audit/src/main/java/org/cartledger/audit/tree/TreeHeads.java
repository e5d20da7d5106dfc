package org.cartledger.audit.tree;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.cartledger.proof.SignedTreeHead;
import org.cartledger.proof.TreeHead;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** Every tree head the ledger signed, in {@code tree_head}; {@code map_root_hash} is NULL for a head of version 1. */
@Component
class TreeHeads {

    private static final RowMapper<SignedTreeHead> HEAD = (rs, row) -> new SignedTreeHead(
            new TreeHead(rs.getLong("tree_size"), rs.getBytes("root_hash"), rs.getTimestamp("timestamp").toInstant(),
                    rs.getBytes("map_root_hash")),
            rs.getBytes("signature"), rs.getString("key_id"));

    private final JdbcTemplate jdbc;

    TreeHeads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void add(SignedTreeHead signed) {
        TreeHead head = signed.head();
        jdbc.update("INSERT INTO tree_head (tree_size, root_hash, timestamp, signature, key_id, map_root_hash)"
                        + " VALUES (?, ?, ?, ?, ?, ?)", head.treeSize(), head.rootHash(), Timestamp.from(head.timestamp()),
                signed.signature(), signed.keyId(), head.mapRootHash());
    }

    Optional<SignedTreeHead> latest() {
        return jdbc.query("SELECT * FROM tree_head ORDER BY tree_size DESC LIMIT 1", HEAD).stream().findFirst();
    }

    Optional<SignedTreeHead> ofSize(long treeSize) {
        return jdbc.query("SELECT * FROM tree_head WHERE tree_size = ?", HEAD, treeSize).stream().findFirst();
    }

    /** The first tree head signed over a tree with more than {@code leafCount} leaves. */
    Optional<SignedTreeHead> firstLargerThan(long leafCount) {
        return jdbc.query("SELECT * FROM tree_head WHERE tree_size > ? ORDER BY tree_size LIMIT 1", HEAD, leafCount)
                .stream().findFirst();
    }

    List<SignedTreeHead> all() {
        return jdbc.query("SELECT * FROM tree_head ORDER BY tree_size", HEAD);
    }
}
