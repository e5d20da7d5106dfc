package org.cartledger.proof.keyrotation;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import org.cartledger.proof.Ed25519Keys;
import org.cartledger.proof.TreeHead;
import org.cartledger.proof.TreeHeadSigner;

/**
 * A statement that a new key signs tree heads from a tree size on, signed by the key it replaces and by the new
 * key (docs/ledger-proofs.md §4b). Its fields are its JSON form; all text, so that what was signed can be rebuilt
 * byte for byte.
 *
 * @param oldKeyId              hex SHA-256 of the replaced key's SubjectPublicKeyInfo DER
 * @param newKeyId              hex SHA-256 of {@code newPublicKey}'s DER
 * @param newPublicKey          the new key's X.509 SubjectPublicKeyInfo DER, base64
 * @param effectiveFromTreeSize the old key signs heads of tree sizes up to this, the new key heads from this on
 * @param announcedAt           ISO-8601 UTC with seconds
 * @param oldKeySignature       Ed25519 by the old key over {@link #signedBytes()}, base64
 * @param newKeySignature       Ed25519 by the new key over the same bytes, base64: proves the ledger holds the new key
 */
@JsonPropertyOrder({"oldKeyId", "newKeyId", "newPublicKey", "effectiveFromTreeSize", "announcedAt",
        "oldKeySignature", "newKeySignature"})
public record KeyAnnouncement(String oldKeyId, String newKeyId, String newPublicKey, long effectiveFromTreeSize,
                              String announcedAt, String oldKeySignature, String newKeySignature) {

    /** The first line of the signed text. */
    public static final String VERSION_LINE = "cartledger:key-rotation:v1";

    /** The announcement that {@code newKeys} follows {@code oldKeys}, signed by both. */
    public static KeyAnnouncement sign(KeyPair oldKeys, KeyPair newKeys, long effectiveFromTreeSize, Instant announcedAt) {
        if (effectiveFromTreeSize < 0) {
            throw new IllegalArgumentException("effectiveFromTreeSize is negative: " + effectiveFromTreeSize);
        }
        String oldKeyId = Ed25519Keys.keyId(oldKeys.getPublic());
        String newKeyId = Ed25519Keys.keyId(newKeys.getPublic());
        if (oldKeyId.equals(newKeyId)) {
            throw new IllegalArgumentException("the new key is the old key (key id " + oldKeyId + ")");
        }
        String newPublicKey = Base64.getEncoder().encodeToString(newKeys.getPublic().getEncoded());
        String at = TreeHead.formatTimestamp(announcedAt);
        byte[] bytes = signedBytes(oldKeyId, newKeyId, newPublicKey, effectiveFromTreeSize, at);
        return new KeyAnnouncement(oldKeyId, newKeyId, newPublicKey, effectiveFromTreeSize, at,
                signature(oldKeys, bytes), signature(newKeys, bytes));
    }

    /** The UTF-8 text both keys sign: six lines separated by {@code \n}, no trailing newline. */
    public byte[] signedBytes() {
        return signedBytes(oldKeyId, newKeyId, newPublicKey, effectiveFromTreeSize, announcedAt);
    }

    private static byte[] signedBytes(String oldKeyId, String newKeyId, String newPublicKey, long fromSize, String at) {
        return String.join("\n", VERSION_LINE, oldKeyId, newKeyId, newPublicKey, Long.toString(fromSize), at)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String signature(KeyPair keys, byte[] bytes) {
        try {
            Signature signer = Signature.getInstance(Ed25519Keys.ALGORITHM);
            signer.initSign(keys.getPrivate());
            signer.update(bytes);
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    /** Whether {@code base64Signature} is a valid Ed25519 signature by {@code key} over this statement. Never throws. */
    boolean isSignedBy(PublicKey key, String base64Signature) {
        try {
            byte[] signature = Base64.getDecoder().decode(base64Signature);
            // exactly 64 bytes: the JDK would accept trailing zero bytes (see TreeHeadSigner.verify)
            if (signature.length != TreeHeadSigner.SIGNATURE_LENGTH) {
                return false;
            }
            Signature verifier = Signature.getInstance(Ed25519Keys.ALGORITHM);
            verifier.initVerify(key);
            verifier.update(signedBytes());
            return verifier.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }
}
