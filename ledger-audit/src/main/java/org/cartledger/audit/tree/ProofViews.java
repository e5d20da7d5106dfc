package org.cartledger.audit.tree;

import java.util.List;

/** Proofs and the public key as docs/ledger-proofs.md §4 and §5 write them. */
final class ProofViews {

    private ProofViews() {
    }

    /** @param position the ledger position of the event whose leaf this is */
    record InclusionProof(long position, long leafIndex, long treeSize, String leafHash, List<String> auditPath) {
    }

    record ConsistencyProof(long fromSize, long toSize, String fromRoot, String toRoot, List<String> path) {
    }

    /** @param spki the X.509 SubjectPublicKeyInfo DER in base64 */
    record PublicKeyView(String algorithm, String spki, String keyId, String pem) {
    }
}
