package org.cartledger.proof;

import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * A tree head with its Ed25519 signature over {@link TreeHead#signedBytes()} and the id of the key
 * that made it (docs/ledger-proofs.md §4). The key id is a label for finding the key; trust comes from
 * verifying the signature with a key the auditor got from the ledger's operators.
 */
public record SignedTreeHead(TreeHead head, byte[] signature, String keyId) {

    public SignedTreeHead {
        Objects.requireNonNull(head, "head");
        signature = Objects.requireNonNull(signature, "signature").clone();
        Objects.requireNonNull(keyId, "keyId");
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedTreeHead that
                && head.equals(that.head)
                && Arrays.equals(signature, that.signature)
                && keyId.equals(that.keyId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(head, Arrays.hashCode(signature), keyId);
    }

    @Override
    public String toString() {
        return "SignedTreeHead[head=" + head + ", signature=" + Base64.getEncoder().encodeToString(signature)
                + ", keyId=" + keyId + "]";
    }
}
