package org.cartledger.proof.bundle;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One trainee's record, each entry with its inclusion proof against one signed tree head
 * (docs/ledger-proofs.md §6). Build one with {@link TranscriptBundles#build}; check one with
 * {@link BundleVerifier#verify}.
 */
@JsonPropertyOrder({"format", "traineeId", "exportedAt", "publicKey", "treeHead", "entries"})
public record TranscriptBundle(String format, String traineeId, String exportedAt, BundlePublicKey publicKey,
                               BundleTreeHead treeHead, List<BundleEntry> entries) {

    /** The value of {@code format} for this version of the bundle. */
    public static final String FORMAT = "cartledger-transcript-bundle-v1";
}
