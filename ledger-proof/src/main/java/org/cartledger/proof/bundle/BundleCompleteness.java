package org.cartledger.proof.bundle;

import java.util.ArrayList;
import java.util.List;
import org.cartledger.proof.Hashes;
import org.cartledger.proof.LedgerEvent;
import org.cartledger.proof.SignedTreeHead;
import org.cartledger.proof.TreeHead;
import org.cartledger.proof.recordmap.RecordMapProof;

/**
 * Condition 7 of docs/ledger-proofs.md §6: under a tree head of version 2, the bundle's {@code recordMapProof} shows
 * how many entries the trainee's record has up to the head's tree size and where the last one is, and the bundle must
 * hold exactly those. This is what refuses a transcript with its newest entries, or all of them, dropped: the
 * sequence numbers alone show only that nothing is missing up to the last entry present.
 */
final class BundleCompleteness {

    /** What was found: the failures, and whether the bundle was shown to be the whole record. */
    record Result(List<String> failures, boolean complete) {
    }

    private BundleCompleteness() {
    }

    /**
     * @param entries the entries that could be read, in the bundle's order; {@code allReadable} says whether that is
     *                every entry
     */
    static Result check(String traineeId, SignedTreeHead head, RecordMapProofJson json, List<LedgerEvent> entries,
                        boolean allReadable) {
        List<String> failures = new ArrayList<>();
        TreeHead treeHead = head.head();
        if (!treeHead.hasRecordMap()) {
            if (json != null) {
                failures.add("the bundle carries a recordMapProof, but its tree head (version 1) commits to no record map");
            }
            return new Result(failures, false);
        }
        if (json == null) {
            failures.add("the tree head commits to a record map, but the bundle carries no recordMapProof: it cannot show "
                    + "that it holds every entry of the record");
            return new Result(failures, false);
        }
        RecordMapProof proof;
        try {
            proof = json.toProof();
        } catch (IllegalArgumentException e) {
            failures.add(e.getMessage());
            return new Result(failures, false);
        }
        if (!proof.head().recordId().equals(traineeId)) {
            failures.add("recordMapProof is for record " + proof.head().recordId() + ", not the bundle's trainee " + traineeId);
        }
        if (!proof.verifies(treeHead.mapRootHash())) {
            failures.add("recordMapProof does not lead from the record head (" + proof.head().count() + " entries, the last at "
                    + "position " + proof.head().lastPosition() + ") to the signed map root "
                    + Hashes.hex(treeHead.mapRootHash()));
        } else {
            long count = proof.head().count();
            if (entries.size() != count && allReadable) {
                failures.add("the bundle holds " + entries.size() + " entries, but the signed record map says the record has "
                        + count + " up to tree size " + treeHead.treeSize() + ": "
                        + (entries.size() < count ? (count - entries.size()) + " are missing" : "it holds more than the record"));
            }
            long lastPosition = entries.isEmpty() ? 0 : entries.get(entries.size() - 1).position();
            if (lastPosition != proof.head().lastPosition()) {
                failures.add("the bundle's last entry is " + (entries.isEmpty() ? "absent" : "at position " + lastPosition)
                        + ", but the signed record map puts the record's last entry at position "
                        + proof.head().lastPosition());
            }
        }
        return new Result(failures, failures.isEmpty() && allReadable);
    }
}
