package org.cartledger.proof.bundle;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.cartledger.proof.Hashes;
import org.cartledger.proof.SignedTreeHead;
import org.cartledger.proof.TreeHead;
import org.cartledger.proof.witness.Cosignature;

/**
 * A signed tree head in its JSON form (docs/ledger-proofs.md §5), as the bundle's {@code treeHead}
 * and wherever else a signed tree head is published. Fields are boxed and text so that a verifier can
 * say which one is missing or malformed. {@code mapRootHash} is there for a head of version 2 only, so that the JSON
 * of a version 1 head stays exactly what it was. {@code cosignatures} are the witnesses' (§4c), there only where the
 * ledger publishes them; they are not part of what the ledger signs.
 */
@JsonPropertyOrder({"treeSize", "rootHash", "mapRootHash", "timestamp", "signature", "keyId", "cosignatures"})
public record BundleTreeHead(Long treeSize, String rootHash, String timestamp, String signature, String keyId,
                             @JsonInclude(JsonInclude.Include.NON_NULL) String mapRootHash,
                             @JsonInclude(JsonInclude.Include.NON_NULL) List<Cosignature> cosignatures) {

    /** The JSON of a version 1 head. */
    public BundleTreeHead(Long treeSize, String rootHash, String timestamp, String signature, String keyId) {
        this(treeSize, rootHash, timestamp, signature, keyId, null, null);
    }

    /** The JSON of a head without cosignatures. */
    public BundleTreeHead(Long treeSize, String rootHash, String timestamp, String signature, String keyId, String mapRootHash) {
        this(treeSize, rootHash, timestamp, signature, keyId, mapRootHash, null);
    }

    /** The same head, published with the witnesses' cosignatures over it. */
    public BundleTreeHead withCosignatures(List<Cosignature> witnessed) {
        return new BundleTreeHead(treeSize, rootHash, timestamp, signature, keyId, mapRootHash, List.copyOf(witnessed));
    }

    public static BundleTreeHead of(SignedTreeHead signed) {
        TreeHead head = signed.head();
        return new BundleTreeHead(head.treeSize(), Hashes.hex(head.rootHash()), head.timestampText(),
                Base64Text.encode(signed.signature()), signed.keyId(),
                head.hasRecordMap() ? Hashes.hex(head.mapRootHash()) : null);
    }

    /**
     * The signed tree head this JSON describes.
     *
     * @throws IllegalArgumentException naming the first field that is missing or malformed
     */
    public SignedTreeHead toSignedTreeHead() {
        if (treeSize == null) {
            throw new IllegalArgumentException("treeHead.treeSize is missing");
        }
        if (treeSize < 0) {
            throw new IllegalArgumentException("treeHead.treeSize is negative (" + treeSize + ")");
        }
        byte[] root = hash("treeHead.rootHash", rootHash);
        byte[] mapRoot = mapRootHash == null ? null : hash("treeHead.mapRootHash", mapRootHash);
        if (timestamp == null) {
            throw new IllegalArgumentException("treeHead.timestamp is missing");
        }
        Instant instant;
        try {
            instant = TreeHead.parseTimestamp(timestamp);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("treeHead.timestamp " + e.getMessage());
        }
        if (signature == null) {
            throw new IllegalArgumentException("treeHead.signature is missing");
        }
        byte[] signatureBytes;
        try {
            signatureBytes = Base64Text.decode(signature);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("treeHead.signature is " + e.getMessage());
        }
        if (keyId == null) {
            throw new IllegalArgumentException("treeHead.keyId is missing");
        }
        return new SignedTreeHead(new TreeHead(treeSize, root, instant, mapRoot), signatureBytes, keyId);
    }

    /** A SHA-256 hash in lowercase hex, or an exception that names the field. */
    static byte[] hash(String field, String hex) {
        if (hex == null) {
            throw new IllegalArgumentException(field + " is missing");
        }
        byte[] bytes;
        try {
            bytes = Hashes.unhex(hex);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + " is not lowercase hex: " + e.getMessage());
        }
        if (bytes.length != Hashes.HASH_LENGTH) {
            throw new IllegalArgumentException(field + " is " + bytes.length + " bytes long, not the "
                    + Hashes.HASH_LENGTH + " of a SHA-256 hash");
        }
        return bytes;
    }
}
