package org.cartledger.proof;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * One row of {@code domain_event_entry} exactly as stored: the input of the canonical form
 * (docs/ledger-proofs.md §2). Strings and bytes are kept as they are; nothing is parsed or
 * normalised, so that any change to a stored byte changes {@link #canonicalBytes()}.
 *
 * @param payloadRevision NULL today; hashed as zero bytes when {@code null}
 * @param metaData        the stored bytes; hashed as zero bytes when {@code null}
 */
public record LedgerEvent(long position, String eventIdentifier, String aggregateIdentifier, long sequenceNumber,
                          String payloadType, String payloadRevision, String timeStamp, byte[] metaData,
                          byte[] payload) {

    /** The 19 ASCII bytes that start every canonical form of version 1. */
    public static final String CANONICAL_PREFIX = "cartledger:event:v1";

    public LedgerEvent {
        Objects.requireNonNull(eventIdentifier, "eventIdentifier");
        Objects.requireNonNull(aggregateIdentifier, "aggregateIdentifier");
        Objects.requireNonNull(payloadType, "payloadType");
        Objects.requireNonNull(timeStamp, "timeStamp");
        Objects.requireNonNull(payload, "payload");
        metaData = metaData == null ? null : metaData.clone();
        payload = payload.clone();
    }

    @Override
    public byte[] metaData() {
        return metaData == null ? null : metaData.clone();
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    /** The canonical form, version 1 (§2): the prefix, then nine length-prefixed fields. */
    public byte[] canonicalBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + payload.length
                + (metaData == null ? 0 : metaData.length));
        out.writeBytes(CANONICAL_PREFIX.getBytes(StandardCharsets.US_ASCII));
        field(out, ascii(Long.toString(position)));
        field(out, utf8(eventIdentifier));
        field(out, utf8(aggregateIdentifier));
        field(out, ascii(Long.toString(sequenceNumber)));
        field(out, utf8(payloadType));
        field(out, payloadRevision == null ? new byte[0] : utf8(payloadRevision));
        field(out, utf8(timeStamp));
        field(out, metaData == null ? new byte[0] : metaData);
        field(out, payload);
        return out.toByteArray();
    }

    /** The event's leaf hash in the ledger's Merkle tree (§3). */
    public byte[] leafHash() {
        return MerkleTree.leafHash(canonicalBytes());
    }

    static void field(ByteArrayOutputStream out, byte[] bytes) {
        int length = bytes.length;
        out.write(length >>> 24);
        out.write(length >>> 16);
        out.write(length >>> 8);
        out.write(length);
        out.writeBytes(bytes);
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LedgerEvent that
                && position == that.position
                && sequenceNumber == that.sequenceNumber
                && eventIdentifier.equals(that.eventIdentifier)
                && aggregateIdentifier.equals(that.aggregateIdentifier)
                && payloadType.equals(that.payloadType)
                && Objects.equals(payloadRevision, that.payloadRevision)
                && timeStamp.equals(that.timeStamp)
                && Arrays.equals(metaData, that.metaData)
                && Arrays.equals(payload, that.payload);
    }

    @Override
    public int hashCode() {
        int result = Objects.hash(position, eventIdentifier, aggregateIdentifier, sequenceNumber, payloadType,
                payloadRevision, timeStamp);
        result = 31 * result + Arrays.hashCode(metaData);
        return 31 * result + Arrays.hashCode(payload);
    }

    @Override
    public String toString() {
        return "LedgerEvent[position=" + position + ", eventIdentifier=" + eventIdentifier
                + ", aggregateIdentifier=" + aggregateIdentifier + ", sequenceNumber=" + sequenceNumber
                + ", payloadType=" + payloadType + ", payloadRevision=" + payloadRevision
                + ", timeStamp=" + timeStamp
                + ", metaData=" + (metaData == null ? "null" : metaData.length + " bytes")
                + ", payload=" + payload.length + " bytes]";
    }
}
