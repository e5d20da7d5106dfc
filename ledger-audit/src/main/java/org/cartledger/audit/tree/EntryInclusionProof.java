package org.cartledger.audit.tree;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.cartledger.proof.bundle.InclusionProofJson;

/**
 * An inclusion proof as the ledger answers it over HTTP: the proof as bundles carry it
 * (docs/ledger-proofs.md §5), led by the ledger position of the event whose leaf it proves, since
 * the question may have named the event by its entry id.
 */
record EntryInclusionProof(long position, @JsonUnwrapped InclusionProofJson proof) {
}
