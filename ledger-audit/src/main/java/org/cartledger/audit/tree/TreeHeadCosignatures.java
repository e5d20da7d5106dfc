package org.cartledger.audit.tree;

import java.sql.Timestamp;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cartledger.proof.Hashes;
import org.cartledger.proof.SignedTreeHead;
import org.cartledger.proof.TreeHead;
import org.cartledger.proof.bundle.BundleTreeHead;
import org.cartledger.proof.bundle.TranscriptBundle;
import org.cartledger.proof.witness.Cosignature;
import org.cartledger.proof.witness.KnownWitnesses;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The witnesses' cosignatures the ledger received, in {@code tree_head_cosignature} (docs/ledger-proofs.md §4c), and
 * the heads as the ledger publishes them: each with the cosignatures over exactly it. A row names the head it was
 * made over (size, root, map root, key); one whose head is no longer the ledger's head of that size is not published
 * with the head now there.
 */
@Component
public class TreeHeadCosignatures {

    private static final RowMapper<Cosignature> ROW = (rs, row) -> {
        byte[] mapRoot = rs.getBytes("map_root_hash");
        return new Cosignature(rs.getString("witness"), rs.getString("witness_key_id"), rs.getString("log_key_id"),
                rs.getLong("tree_size"), Hashes.hex(rs.getBytes("root_hash")), mapRoot == null ? null : Hashes.hex(mapRoot),
                TreeHead.formatTimestamp(rs.getTimestamp("cosigned_at").toInstant()),
                Base64.getEncoder().encodeToString(rs.getBytes("signature")));
    };

    private final JdbcTemplate jdbc;
    private final KnownWitnesses known;

    TreeHeadCosignatures(JdbcTemplate jdbc, IntegrityProperties properties) {
        this.jdbc = jdbc;
        this.known = KnownWitnesses.parse(properties.witnesses(), "ledger.integrity.witnesses");
    }

    KnownWitnesses known() {
        return known;
    }

    /** Keeps a checked cosignature, unless this witness cosigned the head of that size before; answers whether it was kept. */
    boolean add(Cosignature checked) {
        return 1 == jdbc.update("INSERT INTO tree_head_cosignature (tree_size, witness, witness_key_id, log_key_id, root_hash, map_root_hash,"
                        + " cosigned_at, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (tree_size, witness) DO NOTHING",
                checked.treeSize(), checked.witness(), checked.witnessKeyId(), checked.logKeyId(), Hashes.unhex(checked.rootHash()),
                checked.mapRootHash() == null ? null : Hashes.unhex(checked.mapRootHash()),
                Timestamp.from(TreeHead.parseTimestamp(checked.cosignedAt())), Base64.getDecoder().decode(checked.signature()));
    }

    /** The cosignature this witness gave for the head of this size. */
    Cosignature of(long treeSize, String witness) {
        return jdbc.query("SELECT * FROM tree_head_cosignature WHERE tree_size = ? AND witness = ?", ROW, treeSize, witness).get(0);
    }

    /** The head as published: with the cosignatures made over exactly it, if any. */
    public BundleTreeHead published(SignedTreeHead head) {
        return withCosignatures(head, jdbc.query("SELECT * FROM tree_head_cosignature WHERE tree_size = ? ORDER BY witness", ROW,
                head.head().treeSize()));
    }

    /** Every head as published, oldest first. */
    List<BundleTreeHead> published(List<SignedTreeHead> heads) {
        Map<Long, List<Cosignature>> bySize = jdbc.query("SELECT * FROM tree_head_cosignature ORDER BY tree_size, witness", ROW)
                .stream().collect(Collectors.groupingBy(Cosignature::treeSize));
        return heads.stream().map(head -> withCosignatures(head, bySize.getOrDefault(head.head().treeSize(), List.of()))).toList();
    }

    /** The bundle, its head carrying the cosignatures over it: an auditor may require them (§6, §7). */
    public TranscriptBundle cosigned(TranscriptBundle bundle) {
        SignedTreeHead head = bundle.treeHead().toSignedTreeHead();
        BundleTreeHead published = published(head);
        return published.cosignatures() == null ? bundle : bundle.withTreeHead(published);
    }

    private static BundleTreeHead withCosignatures(SignedTreeHead head, List<Cosignature> rows) {
        List<Cosignature> over = rows.stream().filter(cosignature -> cosignature.isOver(head)).toList();
        BundleTreeHead json = BundleTreeHead.of(head);
        return over.isEmpty() ? json : json.withCosignatures(over);
    }
}
