package org.cartledger.proof.bundle;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One entry of the trainee's record with its proof against the bundle's tree head. */
@JsonPropertyOrder({"event", "inclusionProof"})
public record BundleEntry(BundleEvent event, InclusionProofJson inclusionProof) {
}
