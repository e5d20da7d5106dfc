package org.cartledger.verifier;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cartledger.proof.recordmap.RecordHead;
import org.cartledger.proof.recordmap.RecordMap;

/**
 * The record map (docs/ledger-proofs.md §4a) recomputed from the events as they stream in, in position order: at each
 * tree size a signed head of version 2 names, the root of the map of the events taken so far.
 */
final class RecordMapTally {

    private final NavigableSet<Long> sizes;
    private final Map<String, long[]> countAndLast = new HashMap<>();
    private final Map<Long, byte[]> roots = new TreeMap<>();
    private long taken;

    RecordMapTally(List<Long> sizes) {
        this.sizes = new TreeSet<>(sizes);
        if (this.sizes.contains(0L)) {
            roots.put(0L, RecordMap.of(List.of()).rootHash());
        }
    }

    void take(String recordId, long position) {
        long[] head = countAndLast.computeIfAbsent(recordId, id -> new long[2]);
        head[0]++;
        head[1] = Math.max(head[1], position);
        taken++;
        if (sizes.contains(taken)) {
            List<RecordHead> heads = new ArrayList<>(countAndLast.size());
            countAndLast.forEach((id, h) -> heads.add(new RecordHead(id, h[0], h[1])));
            roots.put(taken, RecordMap.of(heads).rootHash());
        }
    }

    /** The recomputed map roots by tree size; a size larger than the events taken has none. */
    Map<Long, byte[]> roots() {
        return roots;
    }
}
