package org.cartledger.proof;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Objects;

/** Signs tree heads with Ed25519 (RFC 8032) over {@link TreeHead#signedBytes()}, and verifies them. */
public final class TreeHeadSigner {

    /** The length of an Ed25519 signature (RFC 8032 §5.1.6). */
    public static final int SIGNATURE_LENGTH = 64;

    private final KeyPair keys;
    private final String keyId;

    public TreeHeadSigner(KeyPair keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
        if (!Ed25519Keys.isEd25519(keys.getPublic())) {
            throw new IllegalArgumentException("tree heads are signed with Ed25519, not with a "
                    + keys.getPublic().getAlgorithm() + " key");
        }
        this.keyId = Ed25519Keys.keyId(keys.getPublic());
    }

    public SignedTreeHead sign(TreeHead head) {
        try {
            Signature signer = Signature.getInstance(Ed25519Keys.ALGORITHM);
            signer.initSign(keys.getPrivate());
            signer.update(head.signedBytes());
            return new SignedTreeHead(head, signer.sign(), keyId);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    public PublicKey publicKey() {
        return keys.getPublic();
    }

    public String keyId() {
        return keyId;
    }

    /**
     * Whether the signature is a valid Ed25519 signature by {@code key} over the head's signed bytes.
     * The {@code keyId} label is not consulted; compare it with {@link Ed25519Keys#keyId} separately to
     * say which key was expected. Never throws: a key of another kind, or a malformed signature, is a
     * signature that does not verify.
     */
    public static boolean verify(SignedTreeHead signed, PublicKey key) {
        // the JDK's verifier reads S from all bytes after R, so it would accept a 64-byte signature
        // with zero bytes appended; RFC 8032 signatures are exactly 64 bytes
        if (signed == null || key == null || signed.signature().length != SIGNATURE_LENGTH) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(Ed25519Keys.ALGORITHM);
            verifier.initVerify(key);
            verifier.update(signed.head().signedBytes());
            return verifier.verify(signed.signature());
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }
}
