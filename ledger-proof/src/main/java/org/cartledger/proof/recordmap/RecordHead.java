package org.cartledger.proof.recordmap;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.cartledger.proof.Hashes;

/**
 * One entry of the record map (docs/ledger-proofs.md §4a): a record's id (the events' aggregate identifier),
 * how many entries it has and the position of its last one, as of a tree size.
 */
public record RecordHead(String recordId, long count, long lastPosition) {

    /** Keeps map leaves apart from the log's leaves (0x00) and interior nodes (0x01). */
    public static final byte LEAF_PREFIX = 0x02;

    public RecordHead {
        Objects.requireNonNull(recordId, "recordId");
        if (count < 1) {
            throw new IllegalArgumentException("a record in the map has at least one entry, not " + count);
        }
        if (lastPosition < 1) {
            throw new IllegalArgumentException("positions start at 1; " + lastPosition + " is none");
        }
    }

    /** The record id as the map sorts and hashes it. */
    public byte[] keyBytes() {
        return recordId.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * {@code SHA-256(0x02 || len(key) as 4 bytes || key UTF-8 || count as 8 bytes || last position as 8 bytes)},
     * all unsigned big-endian: fixed widths, so no two entries share their hashed bytes.
     */
    public byte[] leafHash() {
        byte[] key = keyBytes();
        ByteBuffer bytes = ByteBuffer.allocate(1 + 4 + key.length + 8 + 8);
        bytes.put(LEAF_PREFIX).putInt(key.length).put(key).putLong(count).putLong(lastPosition);
        return Hashes.sha256(bytes.array());
    }
}
