package org.cartledger.verifier;

import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cartledger.proof.Hashes;
import org.cartledger.proof.SignedTreeHead;
import org.cartledger.proof.bundle.BundleConsistencyProofs;
import org.cartledger.proof.bundle.ConsistencyProofJson;
import org.cartledger.proof.bundle.TranscriptBundle;

/**
 * A bundle checked against the heads an auditor kept (docs/ledger-proofs.md §6–§7): its head must be at least as large
 * as every kept head and extend it, shown by a consistency proof the bundle carries. A bundle signed before a head the
 * auditor holds may leave out whatever was recorded since; one whose tree does not extend a kept head is from a ledger
 * whose history was rewritten (a rollback). Either is refused.
 */
final class BundleAgainstKeptHeads {

    private BundleAgainstKeptHeads() {
    }

    /** One sentence per kept head the bundle does not stand up to; empty when it extends all of them. */
    static List<String> problems(TranscriptBundle bundle, SignedTreeHead bundleHead, List<KeptHeads.KeptHead> kept, PublicKey key) {
        List<String> problems = new ArrayList<>();
        long size = bundleHead.head().treeSize();
        for (KeptHeads.KeptHead keptHead : kept) {
            String signature = KeptHeads.signatureProblem(keptHead, key);
            if (signature != null) {
                problems.add(signature);
                continue;
            }
            SignedTreeHead head = keptHead.head();
            long keptSize = head.head().treeSize();
            if (keptSize > size) {
                problems.add("the bundle's tree head (size " + size + ") is older than " + keptHead.named() + ": the bundle may "
                        + "leave out entries recorded since, as a truncated or rolled-back transcript would; ask the ledger "
                        + "for a bundle now");
            } else if (keptSize == size) {
                if (!MessageDigest.isEqual(head.head().rootHash(), bundleHead.head().rootHash())) {
                    problems.add("the bundle's tree head has the size of " + keptHead.named() + " but another root: the ledger "
                            + "signed two different histories of that size");
                }
            } else {
                Optional<ConsistencyProofJson> proof = BundleConsistencyProofs.from(bundle.consistencyProofs(), keptSize);
                if (proof.isEmpty()) {
                    problems.add("the bundle carries no consistency proof from " + keptHead.named() + " to its own tree head (size "
                            + size + "); ask the ledger for the bundle with ?consistencyFrom=" + keptSize);
                } else if (!Hashes.hex(head.head().rootHash()).equals(proof.get().fromRoot())
                        || !Hashes.hex(bundleHead.head().rootHash()).equals(proof.get().toRoot())
                        || proof.get().toSize() != size || !BundleConsistencyProofs.verifies(proof.get())) {
                    problems.add("the bundle's tree (size " + size + ") does not extend " + keptHead.named()
                            + ": the ledger's history up to that size was rewritten since (a rollback)");
                }
            }
        }
        return problems;
    }
}
