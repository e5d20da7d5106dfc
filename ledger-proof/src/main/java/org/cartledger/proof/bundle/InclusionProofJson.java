package org.cartledger.proof.bundle;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import org.cartledger.proof.Hashes;

/** An inclusion proof in its JSON form (docs/ledger-proofs.md §5): hashes in lowercase hex. */
@JsonPropertyOrder({"leafIndex", "treeSize", "leafHash", "auditPath"})
public record InclusionProofJson(Long leafIndex, Long treeSize, String leafHash, List<String> auditPath) {

    public static InclusionProofJson of(long leafIndex, long treeSize, byte[] leafHash, List<byte[]> auditPath) {
        return new InclusionProofJson(leafIndex, treeSize, Hashes.hex(leafHash), hexes(auditPath));
    }

    /**
     * The audit path's hashes.
     *
     * @throws IllegalArgumentException naming the element that is missing or malformed
     */
    public List<byte[]> auditPathHashes() {
        if (auditPath == null) {
            throw new IllegalArgumentException("inclusionProof.auditPath is missing");
        }
        List<byte[]> hashes = new ArrayList<>(auditPath.size());
        for (int i = 0; i < auditPath.size(); i++) {
            hashes.add(BundleTreeHead.hash("inclusionProof.auditPath[" + i + "]", auditPath.get(i)));
        }
        return hashes;
    }

    static List<String> hexes(List<byte[]> hashes) {
        return hashes.stream().map(Hashes::hex).toList();
    }
}
