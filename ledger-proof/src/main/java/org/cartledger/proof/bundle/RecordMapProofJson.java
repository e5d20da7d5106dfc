package org.cartledger.proof.bundle;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import org.cartledger.proof.recordmap.RecordHead;
import org.cartledger.proof.recordmap.RecordMapProof;

/**
 * A bundle's {@code recordMapProof} (docs/ledger-proofs.md §4a, §6): the trainee's record head in the record map of
 * the bundle's tree head, and its audit path in the map. Fields are boxed so that a verifier can say which is missing.
 */
@JsonPropertyOrder({"recordId", "count", "lastPosition", "index", "mapSize", "auditPath"})
public record RecordMapProofJson(String recordId, Long count, Long lastPosition, Long index, Long mapSize,
                                 List<String> auditPath) {

    public static RecordMapProofJson of(RecordMapProof proof) {
        RecordHead head = proof.head();
        return new RecordMapProofJson(head.recordId(), head.count(), head.lastPosition(), proof.index(), proof.mapSize(),
                InclusionProofJson.hexes(proof.auditPath()));
    }

    /**
     * The proof this JSON describes.
     *
     * @throws IllegalArgumentException naming the first field that is missing or malformed
     */
    public RecordMapProof toProof() {
        if (recordId == null) {
            throw new IllegalArgumentException("recordMapProof.recordId is missing");
        }
        for (String[] field : new String[][] {{"count", str(count)}, {"lastPosition", str(lastPosition)},
                {"index", str(index)}, {"mapSize", str(mapSize)}}) {
            if (field[1] == null) {
                throw new IllegalArgumentException("recordMapProof." + field[0] + " is missing");
            }
        }
        if (auditPath == null) {
            throw new IllegalArgumentException("recordMapProof.auditPath is missing");
        }
        List<byte[]> hashes = new ArrayList<>(auditPath.size());
        for (int i = 0; i < auditPath.size(); i++) {
            hashes.add(BundleTreeHead.hash("recordMapProof.auditPath[" + i + "]", auditPath.get(i)));
        }
        RecordHead head;
        try {
            head = new RecordHead(recordId, count, lastPosition);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("recordMapProof is not a record head: " + e.getMessage());
        }
        return new RecordMapProof(head, index, mapSize, hashes);
    }

    private static String str(Long value) {
        return value == null ? null : value.toString();
    }
}
