package org.cartledger.proof.bundle;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cartledger.proof.Hashes;
import org.cartledger.proof.MerkleTree;
import org.cartledger.proof.SignedTreeHead;

/**
 * The optional {@code consistencyProofs} of a bundle (docs/ledger-proofs.md §6): each must lead from an earlier tree
 * to the bundle's own signed tree. Whether its {@code fromRoot} is a root the ledger signed is for whoever holds that
 * head to check (the verifier's {@code --kept-heads}): the proof alone shows only that some tree of that size is a
 * prefix of the bundle's.
 */
public final class BundleConsistencyProofs {

    private BundleConsistencyProofs() {
    }

    /** What is wrong with the proofs, one failure each; empty when every proof verifies to {@code head}. */
    static List<String> check(List<ConsistencyProofJson> proofs, SignedTreeHead head) {
        List<String> failures = new ArrayList<>();
        long size = head.head().treeSize();
        String root = Hashes.hex(head.head().rootHash());
        for (int i = 0; i < proofs.size(); i++) {
            ConsistencyProofJson proof = proofs.get(i);
            String where = "consistencyProofs[" + i + "]";
            if (proof == null || proof.fromSize() == null || proof.toSize() == null || proof.fromRoot() == null
                    || proof.toRoot() == null || proof.path() == null) {
                failures.add(where + " lacks one of fromSize, toSize, fromRoot, toRoot and path");
            } else if (proof.toSize() != size || !root.equals(proof.toRoot())) {
                failures.add(where + " leads to a tree of size " + proof.toSize() + " and root " + proof.toRoot()
                        + ", not to the bundle's tree head (size " + size + ", root " + root + ")");
            } else if (!verifies(proof)) {
                failures.add(where + " does not prove the tree of size " + proof.fromSize() + " (root " + proof.fromRoot()
                        + ") a prefix of the bundle's tree");
            }
        }
        return failures;
    }

    /** The proof that starts at the tree of this size, if the bundle carries one. */
    public static Optional<ConsistencyProofJson> from(List<ConsistencyProofJson> proofs, long fromSize) {
        return proofs == null ? Optional.empty() : proofs.stream()
                .filter(proof -> proof != null && proof.fromSize() != null && proof.fromSize() == fromSize).findFirst();
    }

    /** Whether the proof verifies (RFC 9162 §2.1.4.2); false for any field that is not a hash. */
    public static boolean verifies(ConsistencyProofJson proof) {
        try {
            return MerkleTree.verifyConsistency(proof.fromSize(), proof.toSize(), Hashes.unhex(proof.fromRoot()),
                    Hashes.unhex(proof.toRoot()), proof.path().stream().map(Hashes::unhex).toList());
        } catch (RuntimeException e) {
            return false;
        }
    }
}
