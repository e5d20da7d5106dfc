package org.cartledger.proof.recordmap;

import java.util.List;
import java.util.Objects;
import org.cartledger.proof.MerkleTree;

/**
 * That {@code head} is the leaf at {@code index} of a record map with {@code mapSize} entries
 * (docs/ledger-proofs.md §4a): an RFC 9162 audit path over the map's leaf hashes.
 */
public record RecordMapProof(RecordHead head, long index, long mapSize, List<byte[]> auditPath) {

    public RecordMapProof {
        Objects.requireNonNull(head, "head");
        auditPath = auditPath.stream().map(byte[]::clone).toList();
    }

    @Override
    public List<byte[]> auditPath() {
        return auditPath.stream().map(byte[]::clone).toList();
    }

    /** Whether the path leads from the head's leaf hash to {@code mapRoot}; never throws. */
    public boolean verifies(byte[] mapRoot) {
        return MerkleTree.verifyInclusion(index, mapSize, head.leafHash(), auditPath, mapRoot);
    }
}
