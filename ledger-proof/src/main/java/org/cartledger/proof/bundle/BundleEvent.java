package org.cartledger.proof.bundle;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.cartledger.proof.LedgerEvent;

/**
 * An entry's {@code event} (docs/ledger-proofs.md §6): the stored row, with {@code metaData} and
 * {@code payload} as base64 of the stored bytes ({@code metaData} null when the column is NULL).
 */
@JsonPropertyOrder({"position", "eventIdentifier", "aggregateIdentifier", "sequenceNumber", "payloadType",
        "payloadRevision", "timeStamp", "metaData", "payload"})
public record BundleEvent(Long position, String eventIdentifier, String aggregateIdentifier, Long sequenceNumber,
                          String payloadType, String payloadRevision, String timeStamp, String metaData,
                          String payload) {

    public static BundleEvent of(LedgerEvent event) {
        byte[] metaData = event.metaData();
        return new BundleEvent(event.position(), event.eventIdentifier(), event.aggregateIdentifier(),
                event.sequenceNumber(), event.payloadType(), event.payloadRevision(), event.timeStamp(),
                metaData == null ? null : Base64Text.encode(metaData), Base64Text.encode(event.payload()));
    }

    /**
     * The stored event this JSON describes.
     *
     * @throws IllegalArgumentException naming the first field that is missing or malformed
     */
    public LedgerEvent toLedgerEvent() {
        return new LedgerEvent(number("position", position), required("eventIdentifier", eventIdentifier),
                required("aggregateIdentifier", aggregateIdentifier), number("sequenceNumber", sequenceNumber),
                required("payloadType", payloadType), payloadRevision, required("timeStamp", timeStamp),
                metaData == null ? null : bytes("metaData", metaData), bytes("payload", required("payload", payload)));
    }

    private static long number(String field, Long value) {
        if (value == null) {
            throw new IllegalArgumentException("event." + field + " is missing");
        }
        if (value < 0) {
            throw new IllegalArgumentException("event." + field + " is negative (" + value + ")");
        }
        return value;
    }

    private static String required(String field, String value) {
        if (value == null) {
            throw new IllegalArgumentException("event." + field + " is missing");
        }
        return value;
    }

    private static byte[] bytes(String field, String base64) {
        try {
            return Base64Text.decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("event." + field + " is " + e.getMessage());
        }
    }
}
