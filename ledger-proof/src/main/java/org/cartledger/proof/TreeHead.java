package org.cartledger.proof;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Objects;

/**
 * A tree size, its root hash and the time it was made (docs/ledger-proofs.md §4); from version 2 also the root of
 * the record map of that tree size (§4a). The timestamp is truncated to whole seconds on construction, because the
 * signed text carries seconds only: what is signed is then exactly what is stored.
 *
 * @param mapRootHash the record map's root, signed in version 2; {@code null} for a head of version 1, which
 *                    commits to the log only
 */
public record TreeHead(long treeSize, byte[] rootHash, Instant timestamp, byte[] mapRootHash) {

    /** The first line of the signed text of version 1: size, root, timestamp. */
    public static final String SIGNED_PREFIX = "cartledger:tree-head:v1";
    /** The first line of the signed text of version 2: size, root, map root, timestamp. */
    public static final String SIGNED_PREFIX_V2 = "cartledger:tree-head:v2";

    public TreeHead {
        if (treeSize < 0) {
            throw new IllegalArgumentException("a tree cannot have " + treeSize + " leaves");
        }
        rootHash = Objects.requireNonNull(rootHash, "rootHash").clone();
        timestamp = Objects.requireNonNull(timestamp, "timestamp").truncatedTo(ChronoUnit.SECONDS);
        mapRootHash = mapRootHash == null ? null : mapRootHash.clone();
    }

    /** A head of version 1, without a record map. */
    public TreeHead(long treeSize, byte[] rootHash, Instant timestamp) {
        this(treeSize, rootHash, timestamp, null);
    }

    @Override
    public byte[] rootHash() {
        return rootHash.clone();
    }

    @Override
    public byte[] mapRootHash() {
        return mapRootHash == null ? null : mapRootHash.clone();
    }

    /** Whether this head commits to a record map (version 2), and so can prove a record complete. */
    public boolean hasRecordMap() {
        return mapRootHash != null;
    }

    /**
     * The UTF-8 text that is signed, lines separated by {@code \n}, no trailing newline: version 1 is the prefix,
     * size, root and timestamp; version 2 has the map root between the root and the timestamp.
     */
    public byte[] signedBytes() {
        String text = mapRootHash == null
                ? SIGNED_PREFIX + "\n" + treeSize + "\n" + Hashes.hex(rootHash) + "\n" + timestampText()
                : SIGNED_PREFIX_V2 + "\n" + treeSize + "\n" + Hashes.hex(rootHash) + "\n" + Hashes.hex(mapRootHash)
                        + "\n" + timestampText();
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The timestamp as the contract writes it: ISO-8601 UTC with seconds, e.g. 2026-11-27T02:00:00Z. */
    public String timestampText() {
        return formatTimestamp(timestamp);
    }

    /** ISO-8601 UTC, truncated to seconds: 2026-11-27T02:00:00Z. */
    public static String formatTimestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * Reads a timestamp in exactly the form {@link #formatTimestamp} writes, and nothing else, so
     * each instant has one spelling.
     *
     * @throws IllegalArgumentException for any other text
     */
    public static Instant parseTimestamp(String text) {
        Instant instant;
        try {
            instant = Instant.parse(Objects.requireNonNull(text, "timestamp"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not an ISO-8601 UTC timestamp like 2026-11-27T02:00:00Z");
        }
        if (!formatTimestamp(instant).equals(text)) {
            throw new IllegalArgumentException("'" + text + "' is not written as ISO-8601 UTC with whole seconds, like "
                    + formatTimestamp(instant));
        }
        return instant;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TreeHead that
                && treeSize == that.treeSize
                && Arrays.equals(rootHash, that.rootHash)
                && timestamp.equals(that.timestamp)
                && Arrays.equals(mapRootHash, that.mapRootHash);
    }

    @Override
    public int hashCode() {
        return Objects.hash(treeSize, Arrays.hashCode(rootHash), timestamp, Arrays.hashCode(mapRootHash));
    }

    @Override
    public String toString() {
        return "TreeHead[treeSize=" + treeSize + ", rootHash=" + Hashes.hex(rootHash)
                + (mapRootHash == null ? "" : ", mapRootHash=" + Hashes.hex(mapRootHash)) + ", timestamp="
                + timestampText() + "]";
    }
}
