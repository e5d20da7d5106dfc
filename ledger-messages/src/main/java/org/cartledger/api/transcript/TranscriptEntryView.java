package org.cartledger.api.transcript;

import java.time.Instant;

/**
 * One line of a transcript: an entry exactly as recorded, where it stands in the ledger, who wrote
 * it, and how corrections relate it to other entries.
 *
 * @param ledgerPosition     the event's global position in the event store
 * @param correctedByEntryId set when a later correction took this entry out of the record
 * @param correctsEntryId    set on a correction: the entry it takes out
 * @param replacementEntryId set on a correction that names the entry recorded in its place
 */
public record TranscriptEntryView(
        long ledgerPosition,
        String entryId,
        String entryType,
        Instant occurredAt,
        Instant recordedAt,
        String recorderId,
        String recorderRole,
        String summary,
        String correctedByEntryId,
        String correctionReason,
        String correctsEntryId,
        String replacementEntryId) {
}
