package org.cartledger.proof;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Objects;

/**
 * A tree size, its root hash and the time it was made (docs/ledger-proofs.md §4). The timestamp is
 * truncated to whole seconds on construction, because the signed text carries seconds only: what is
 * signed is then exactly what is stored.
 */
public record TreeHead(long treeSize, byte[] rootHash, Instant timestamp) {

    /** The first line of the signed text. */
    public static final String SIGNED_PREFIX = "cartledger:tree-head:v1";

    public TreeHead {
        if (treeSize < 0) {
            throw new IllegalArgumentException("a tree cannot have " + treeSize + " leaves");
        }
        rootHash = Objects.requireNonNull(rootHash, "rootHash").clone();
        timestamp = Objects.requireNonNull(timestamp, "timestamp").truncatedTo(ChronoUnit.SECONDS);
    }

    @Override
    public byte[] rootHash() {
        return rootHash.clone();
    }

    /** The UTF-8 text that is signed: four lines separated by {@code \n}, no trailing newline. */
    public byte[] signedBytes() {
        String text = SIGNED_PREFIX + "\n" + treeSize + "\n" + Hashes.hex(rootHash) + "\n" + timestampText();
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
                && timestamp.equals(that.timestamp);
    }

    @Override
    public int hashCode() {
        return Objects.hash(treeSize, Arrays.hashCode(rootHash), timestamp);
    }

    @Override
    public String toString() {
        return "TreeHead[treeSize=" + treeSize + ", rootHash=" + Hashes.hex(rootHash) + ", timestamp="
                + timestampText() + "]";
    }
}
