package org.cartledger.audit.tree;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.security.PublicKey;
import java.util.Base64;
import org.cartledger.proof.bundle.BundlePublicKey;

/**
 * The key that signs tree heads, as the ledger publishes it: as bundles carry it
 * (docs/ledger-proofs.md §6), and in PEM for tools that want a file.
 */
record PublishedPublicKey(@JsonUnwrapped BundlePublicKey key, String pem) {

    static PublishedPublicKey of(PublicKey key) {
        String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        return new PublishedPublicKey(BundlePublicKey.of(key), pem);
    }
}
