package org.cartledger.proof.bundle;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.security.PublicKey;
import org.cartledger.proof.Ed25519Keys;

/**
 * The bundle's {@code publicKey} (docs/ledger-proofs.md §6).
 *
 * @param spki  the X.509 SubjectPublicKeyInfo DER, base64
 * @param keyId hex SHA-256 of that DER
 */
@JsonPropertyOrder({"algorithm", "spki", "keyId"})
public record BundlePublicKey(String algorithm, String spki, String keyId) {

    public static BundlePublicKey of(PublicKey key) {
        return new BundlePublicKey(Ed25519Keys.ALGORITHM, Base64Text.encode(key.getEncoded()), Ed25519Keys.keyId(key));
    }
}
