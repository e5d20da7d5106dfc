package org.cartledger.proof.recordmap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cartledger.proof.LedgerEvent;
import org.cartledger.proof.MerkleTree;

/**
 * The log-derived map from record id to {@link RecordHead} (docs/ledger-proofs.md §4a): the record heads sorted by
 * the bytes of their UTF-8 ids (unsigned), and over them an RFC 9162 Merkle tree whose leaves are
 * {@link RecordHead#leafHash()}. A signed tree head of version 2 commits to its root, so a bundle can prove that it
 * holds a record's every entry up to the head's tree size, not only that none is missing up to its last one.
 */
public final class RecordMap {

    /** Unsigned bytewise order of the UTF-8 ids: the order an outsider gets by comparing bytes. */
    public static final Comparator<RecordHead> KEY_ORDER =
            (a, b) -> Arrays.compareUnsigned(a.keyBytes(), b.keyBytes());

    private final List<RecordHead> heads;
    private final List<byte[]> leafHashes;
    private final Map<String, Integer> indexOf;

    private RecordMap(List<RecordHead> sorted) {
        this.heads = List.copyOf(sorted);
        this.leafHashes = sorted.stream().map(RecordHead::leafHash).toList();
        this.indexOf = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            indexOf.put(sorted.get(i).recordId(), i);
        }
    }

    /**
     * The map of these record heads, in any order.
     *
     * @throws IllegalArgumentException if two heads have the same record id
     */
    public static RecordMap of(Collection<RecordHead> heads) {
        Set<String> seen = new HashSet<>();
        for (RecordHead head : heads) {
            if (!seen.add(head.recordId())) {
                throw new IllegalArgumentException("record " + head.recordId() + " has two heads in one map");
            }
        }
        List<RecordHead> sorted = new ArrayList<>(heads);
        sorted.sort(KEY_ORDER);
        return new RecordMap(sorted);
    }

    /** The map of a log's first events: per aggregate identifier, the number of events and the largest position. */
    public static RecordMap ofEvents(Collection<LedgerEvent> events) {
        Map<String, long[]> countAndLast = new HashMap<>();
        for (LedgerEvent event : events) {
            long[] head = countAndLast.computeIfAbsent(event.aggregateIdentifier(), id -> new long[2]);
            head[0]++;
            head[1] = Math.max(head[1], event.position());
        }
        List<RecordHead> heads = new ArrayList<>(countAndLast.size());
        countAndLast.forEach((id, head) -> heads.add(new RecordHead(id, head[0], head[1])));
        return of(heads);
    }

    /** The heads in map order. */
    public List<RecordHead> heads() {
        return heads;
    }

    public int size() {
        return heads.size();
    }

    /** The root: the RFC 9162 tree hash over the leaf hashes; {@code SHA-256()} for the empty map. */
    public byte[] rootHash() {
        return MerkleTree.rootHash(leafHashes);
    }

    public Optional<RecordHead> head(String recordId) {
        Integer index = indexOf.get(recordId);
        return index == null ? Optional.empty() : Optional.of(heads.get(index));
    }

    /** The proof that the record's head is in this map; empty when the map has no such record. */
    public Optional<RecordMapProof> proof(String recordId) {
        Integer index = indexOf.get(recordId);
        if (index == null) {
            return Optional.empty();
        }
        return Optional.of(new RecordMapProof(heads.get(index), index, heads.size(),
                MerkleTree.inclusionPath(leafHashes, index, heads.size())));
    }
}
