package org.cartledger.proof.witness;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Pattern;
import org.cartledger.proof.Ed25519Keys;
import org.cartledger.proof.Hashes;
import org.cartledger.proof.SignedTreeHead;
import org.cartledger.proof.TreeHead;
import org.cartledger.proof.TreeHeadSigner;

/**
 * A witness's statement that it saw the ledger's signed tree head and that it extends every head the witness saw
 * before, signed with the witness's Ed25519 key (docs/ledger-proofs.md §4c). Its fields are its JSON form, all text
 * but the size, so that what was signed can be rebuilt byte for byte.
 *
 * @param witness      the witness's name, as the ledger and the auditors list it with its public key
 * @param witnessKeyId hex SHA-256 of the witness's public key (SubjectPublicKeyInfo DER)
 * @param logKeyId     the key id of the ledger key that signed the head
 * @param treeSize     the head's tree size
 * @param rootHash     the head's root hash, hex
 * @param mapRootHash  the head's record map root, hex; absent for a head of version 1 ({@value #NO_MAP_ROOT} is signed)
 * @param cosignedAt   when the witness checked the head, ISO-8601 UTC with seconds
 * @param signature    Ed25519 by the witness over {@link #signedBytes()}, base64
 */
@JsonPropertyOrder({"witness", "witnessKeyId", "logKeyId", "treeSize", "rootHash", "mapRootHash", "cosignedAt", "signature"})
public record Cosignature(String witness, String witnessKeyId, String logKeyId, Long treeSize, String rootHash,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String mapRootHash, String cosignedAt,
                          String signature) {

    /** The first line of the signed text. */
    public static final String VERSION_LINE = "cartledger:cosignature:v1";
    /** The map root line of a head of version 1, which has no record map. */
    public static final String NO_MAP_ROOT = "none";
    /** A witness name is one line of plain ASCII, so that the signed text has one reading. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /** The witness's cosignature over the head, made at {@code at}. */
    public static Cosignature sign(String witness, KeyPair witnessKeys, SignedTreeHead head, Instant at) {
        requireName(witness);
        TreeHead tree = head.head();
        Cosignature unsigned = new Cosignature(witness, Ed25519Keys.keyId(witnessKeys.getPublic()), head.keyId(),
                tree.treeSize(), Hashes.hex(tree.rootHash()), tree.hasRecordMap() ? Hashes.hex(tree.mapRootHash()) : null,
                TreeHead.formatTimestamp(at), null);
        try {
            Signature signer = Signature.getInstance(Ed25519Keys.ALGORITHM);
            signer.initSign(witnessKeys.getPrivate());
            signer.update(unsigned.signedBytes());
            return unsigned.withSignature(Base64.getEncoder().encodeToString(signer.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    /** @throws IllegalArgumentException unless the name can be a witness's */
    public static String requireName(String witness) {
        if (witness == null || !NAME.matcher(witness).matches()) {
            throw new IllegalArgumentException("a witness name is 1 to 64 letters, digits, '.', '_' or '-', starting with a "
                    + "letter or digit; not " + (witness == null ? "nothing" : "\"" + witness + "\""));
        }
        return witness;
    }

    /**
     * The UTF-8 (here: ASCII) text the witness signs: eight lines separated by {@code \n}, no trailing newline.
     *
     * @throws IllegalArgumentException naming the first field that is missing or malformed
     */
    public byte[] signedBytes() {
        String problem = shapeProblem();
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return String.join("\n", VERSION_LINE, witness, witnessKeyId, logKeyId, Long.toString(treeSize), rootHash,
                mapRootHash == null ? NO_MAP_ROOT : mapRootHash, cosignedAt).getBytes(StandardCharsets.US_ASCII);
    }

    /** What is wrong with the fields, or null when each is present and written as the format says. */
    public String shapeProblem() {
        if (witness == null || !NAME.matcher(witness).matches()) {
            return "the cosignature's witness " + (witness == null ? "is missing" : "\"" + witness + "\" is not a witness name");
        }
        String hashes = hexProblem("witnessKeyId", witnessKeyId, false) + hexProblem("logKeyId", logKeyId, false)
                + hexProblem("rootHash", rootHash, false) + hexProblem("mapRootHash", mapRootHash, true);
        if (!hashes.isEmpty()) {
            return "the cosignature of " + witness + " " + hashes.strip();
        }
        if (treeSize == null || treeSize < 0) {
            return "the cosignature of " + witness + " has " + (treeSize == null ? "no treeSize" : "a negative treeSize");
        }
        try {
            TreeHead.parseTimestamp(cosignedAt);
        } catch (IllegalArgumentException | NullPointerException e) {
            return "the cosignature of " + witness + " has cosignedAt " + (cosignedAt == null ? "missing" : e.getMessage());
        }
        return null;
    }

    /** Whether this is a statement about exactly that head: the same signing key, size, root and map root. */
    public boolean isOver(SignedTreeHead head) {
        TreeHead tree = head.head();
        return head.keyId().equals(logKeyId) && treeSize != null && tree.treeSize() == treeSize
                && Hashes.hex(tree.rootHash()).equals(rootHash)
                && (tree.hasRecordMap() ? Hashes.hex(tree.mapRootHash()).equals(mapRootHash) : mapRootHash == null);
    }

    /** Whether the signature is the witness key's over {@link #signedBytes()} and names that key. Never throws. */
    public boolean isSignedBy(PublicKey witnessKey) {
        try {
            if (!Ed25519Keys.keyId(witnessKey).equals(witnessKeyId) || shapeProblem() != null) {
                return false;
            }
            byte[] bytes = Base64.getDecoder().decode(signature);
            // exactly 64 bytes, and one spelling of them: the JDK would accept trailing zero bytes (see TreeHeadSigner)
            if (bytes.length != TreeHeadSigner.SIGNATURE_LENGTH || !Base64.getEncoder().encodeToString(bytes).equals(signature)) {
                return false;
            }
            Signature verifier = Signature.getInstance(Ed25519Keys.ALGORITHM);
            verifier.initVerify(witnessKey);
            verifier.update(signedBytes());
            return verifier.verify(bytes);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /** The tree size, root and time, to name the cosignature in a message. */
    public String named() {
        return "the cosignature of " + witness + " (made " + cosignedAt + ") over tree size " + treeSize + ", root " + rootHash;
    }

    private Cosignature withSignature(String base64) {
        return new Cosignature(witness, witnessKeyId, logKeyId, treeSize, rootHash, mapRootHash, cosignedAt, base64);
    }

    private static String hexProblem(String field, String hex, boolean optional) {
        if (hex == null) {
            return optional ? "" : field + " is missing; ";
        }
        return hex.matches("[0-9a-f]{64}") ? "" : field + " is not 64 lowercase hex digits; ";
    }
}
