package org.cartledger.proof.bundle;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.cartledger.proof.Hashes;

/** A consistency proof in its JSON form (docs/ledger-proofs.md §5): hashes in lowercase hex. */
@JsonPropertyOrder({"fromSize", "toSize", "fromRoot", "toRoot", "path"})
public record ConsistencyProofJson(Long fromSize, Long toSize, String fromRoot, String toRoot, List<String> path) {

    public static ConsistencyProofJson of(long fromSize, long toSize, byte[] fromRoot, byte[] toRoot,
                                          List<byte[]> path) {
        return new ConsistencyProofJson(fromSize, toSize, Hashes.hex(fromRoot), Hashes.hex(toRoot),
                InclusionProofJson.hexes(path));
    }
}
