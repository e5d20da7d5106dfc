package org.cartledger.proof.bundle;

import java.util.List;

/**
 * The newest signed tree heads, oldest first, with a consistency proof between each head and the next: what an
 * auditor checks to see that the ledger only ever grew (docs/ledger-proofs.md §4 and §5), and the key they were
 * signed with. Nothing here is to be trusted by itself: each signature verifies with the key the auditor trusts, and
 * each proof shows the older tree is a prefix of the newer one.
 *
 * @param proofs {@code proofs.get(i)} leads from {@code heads.get(i)} to {@code heads.get(i + 1)}
 */
public record TreeHeadChain(BundlePublicKey publicKey, List<BundleTreeHead> heads, List<ConsistencyProofJson> proofs) {
}
