package org.cartledger.proof.witness;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cartledger.proof.SignedTreeHead;

/**
 * Whether a signed tree head carries at least {@code required} valid cosignatures by distinct known witnesses
 * (docs/ledger-proofs.md §4c): an auditor who requires witnesses trusts a head only when several parties the ledger
 * does not control saw it and found it consistent with everything they saw before. A cosignature by an unknown
 * witness, with a signature that does not verify with the listed key, or over another head counts for nothing.
 */
public final class CosignatureQuorum {

    private CosignatureQuorum() {
    }

    /**
     * @param cosignedBy the known witnesses whose valid cosignature over the head is among those given, in order
     * @param notCounted one sentence per cosignature that did not count, saying why
     * @param required   how many were required
     */
    public record Result(List<String> cosignedBy, List<String> notCounted, int required) {

        public Result {
            cosignedBy = List.copyOf(cosignedBy);
            notCounted = List.copyOf(notCounted);
        }

        public boolean met() {
            return cosignedBy.size() >= required;
        }

        /** Why the quorum was not met, or null when it was. */
        public String failure(SignedTreeHead head) {
            if (met()) {
                return null;
            }
            return "the tree head (size " + head.head().treeSize() + ") carries " + cosignedBy.size()
                    + " valid cosignature(s) by known witnesses" + (cosignedBy.isEmpty() ? "" : " (" + String.join(", ", cosignedBy) + ")")
                    + ", not the " + required + " required: no " + required + " witnesses vouch that it extends the heads they saw";
        }
    }

    /** Counts the valid cosignatures of known witnesses over the head; a witness counts once. Never throws. */
    public static Result check(SignedTreeHead head, List<Cosignature> cosignatures, KnownWitnesses known, int required) {
        Set<String> cosignedBy = new LinkedHashSet<>();
        List<String> notCounted = new ArrayList<>();
        for (Cosignature cosignature : cosignatures == null ? List.<Cosignature>of() : cosignatures) {
            String refusal = refusalOf(cosignature, head, known);
            if (refusal != null) {
                notCounted.add(refusal);
            } else if (!cosignedBy.add(cosignature.witness())) {
                notCounted.add(cosignature.named() + " does not count: that witness already counted");
            }
        }
        return new Result(new ArrayList<>(cosignedBy), notCounted, required);
    }

    /** Why this cosignature does not count for the head, or null when it does. */
    public static String refusalOf(Cosignature cosignature, SignedTreeHead head, KnownWitnesses known) {
        if (cosignature == null) {
            return "a cosignature is null";
        }
        String shape = cosignature.shapeProblem();
        if (shape != null) {
            return shape;
        }
        PublicKey key = known.keyOf(cosignature.witness());
        if (key == null) {
            return cosignature.named() + " does not count: " + cosignature.witness() + " is not a known witness";
        }
        if (!cosignature.isOver(head)) {
            return cosignature.named() + " does not count: it is over another tree head than the one of size "
                    + head.head().treeSize() + " signed by key id " + head.keyId();
        }
        if (!cosignature.isSignedBy(key)) {
            return cosignature.named() + " does not count: its signature does not verify with the known key of "
                    + cosignature.witness();
        }
        return null;
    }
}
