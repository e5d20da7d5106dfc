package org.cartledger.proof.bundle;

import java.util.List;
import org.cartledger.proof.keyrotation.KeyAnnouncement;

/**
 * The newest signed tree heads, oldest first, with a consistency proof between each head and the next: what an
 * auditor checks to see that the ledger only ever grew (docs/ledger-proofs.md §4 and §5), and the key they were
 * signed with. Nothing here is to be trusted by itself: each signature verifies with the key the auditor trusts, and
 * each proof shows the older tree is a prefix of the newer one.
 *
 * @param publicKey        the key that signs new heads
 * @param proofs           {@code proofs.get(i)} leads from {@code heads.get(i)} to {@code heads.get(i + 1)}
 * @param firstKey         the key the ledger signed with before any rotation; {@code publicKey} when never rotated
 * @param keyAnnouncements oldest first, from {@code firstKey} to {@code publicKey} (§4b); heads signed before a rotation
 *                         name an older key
 */
public record TreeHeadChain(BundlePublicKey publicKey, List<BundleTreeHead> heads, List<ConsistencyProofJson> proofs,
                            BundlePublicKey firstKey, List<KeyAnnouncement> keyAnnouncements) {
}
