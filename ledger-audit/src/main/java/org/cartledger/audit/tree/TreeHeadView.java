package org.cartledger.audit.tree;

import java.time.Instant;
import java.util.Base64;
import org.cartledger.proof.Hashes;
import org.cartledger.proof.SignedTreeHead;

/** A signed tree head as docs/ledger-proofs.md §5 writes it. */
public record TreeHeadView(long treeSize, String rootHash, Instant timestamp, String signature, String keyId) {

    public static TreeHeadView of(SignedTreeHead signed) {
        return new TreeHeadView(signed.head().treeSize(), Hashes.hex(signed.head().rootHash()), signed.head().timestamp(),
                Base64.getEncoder().encodeToString(signed.signature()), signed.keyId());
    }
}
