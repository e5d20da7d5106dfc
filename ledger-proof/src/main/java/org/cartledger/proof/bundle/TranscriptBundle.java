package org.cartledger.proof.bundle;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.cartledger.proof.keyrotation.KeyAnnouncement;

/**
 * One trainee's record, each entry with its inclusion proof against one signed tree head
 * (docs/ledger-proofs.md §6). Build one with {@link TranscriptBundles#build}; check one with
 * {@link BundleVerifier#verify}.
 *
 * @param recordMapProof    under a tree head of version 2: the trainee's record head in the signed record map, which
 *                          shows the bundle holds every entry of the record up to the head's tree size; absent under
 *                          a head of version 1
 * @param consistencyProofs optional (absent unless asked for): proofs that the trees of earlier signed heads, such as
 *                          ones an auditor kept, are prefixes of the tree of {@code treeHead}
 * @param keyAnnouncements  optional: the key announcements (§4b) from the ledger's first key to the key that signed
 *                          {@code treeHead}, oldest first, so that an auditor who trusts an earlier key can follow them
 */
@JsonPropertyOrder({"format", "traineeId", "exportedAt", "publicKey", "treeHead", "entries", "recordMapProof",
        "consistencyProofs", "keyAnnouncements"})
public record TranscriptBundle(String format, String traineeId, String exportedAt, BundlePublicKey publicKey,
                               BundleTreeHead treeHead, List<BundleEntry> entries,
                               @JsonInclude(JsonInclude.Include.NON_NULL) RecordMapProofJson recordMapProof,
                               @JsonInclude(JsonInclude.Include.NON_NULL) List<ConsistencyProofJson> consistencyProofs,
                               @JsonInclude(JsonInclude.Include.NON_NULL) List<KeyAnnouncement> keyAnnouncements) {

    /** The value of {@code format} for this version of the bundle. */
    public static final String FORMAT = "cartledger-transcript-bundle-v1";

    /** A bundle without key announcements, as every bundle was before key rotation. */
    public TranscriptBundle(String format, String traineeId, String exportedAt, BundlePublicKey publicKey,
                            BundleTreeHead treeHead, List<BundleEntry> entries, RecordMapProofJson recordMapProof,
                            List<ConsistencyProofJson> consistencyProofs) {
        this(format, traineeId, exportedAt, publicKey, treeHead, entries, recordMapProof, consistencyProofs, null);
    }

    /** The same bundle, carrying the trainee's record head in the record map of its (version 2) tree head. */
    public TranscriptBundle withRecordMapProof(RecordMapProofJson proof) {
        return new TranscriptBundle(format, traineeId, exportedAt, publicKey, treeHead, entries, proof, consistencyProofs,
                keyAnnouncements);
    }

    /** The same bundle, carrying consistency proofs from earlier signed heads to its own. */
    public TranscriptBundle withConsistencyProofs(List<ConsistencyProofJson> proofs) {
        return new TranscriptBundle(format, traineeId, exportedAt, publicKey, treeHead, entries, recordMapProof,
                List.copyOf(proofs), keyAnnouncements);
    }

    /** The same bundle, its tree head replaced by the same head carrying the witnesses' cosignatures (§4c). */
    public TranscriptBundle withTreeHead(BundleTreeHead cosignedHead) {
        return new TranscriptBundle(format, traineeId, exportedAt, publicKey, cosignedHead, entries, recordMapProof,
                consistencyProofs, keyAnnouncements);
    }

    /** The same bundle, carrying the key announcements from the ledger's first key to the key of its head. */
    public TranscriptBundle withKeyAnnouncements(List<KeyAnnouncement> announcements) {
        return new TranscriptBundle(format, traineeId, exportedAt, publicKey, treeHead, entries, recordMapProof,
                consistencyProofs, List.copyOf(announcements));
    }
}
