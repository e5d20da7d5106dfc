package org.cartledger.api.transcript;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One line of a transcript: an entry exactly as recorded, where it stands in the ledger, who wrote
 * it, and how corrections relate it to other entries.
 *
 * @param ledgerPosition     the event's global position in the event store
 * @param correctedByEntryId set when a later correction took this entry out of the record
 * @param correctsEntryId    set on a correction: the entry it takes out
 * @param replacementEntryId set on a correction that names the entry recorded in its place
 * @param summary            the entry in one line of English, as the transcript's bundle, PDF and CSV print it
 * @param facts              what the summary says, as {@link EntryFacts}, for a reader to put in its own language;
 *                           empty for a line written before the transcript kept them
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
        String replacementEntryId,
        Map<String, String> facts) {

    public TranscriptEntryView {
        facts = facts == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(facts));
    }

    /** A line without its facts, as the transcript wrote them before it kept them. */
    public TranscriptEntryView(long ledgerPosition, String entryId, String entryType, Instant occurredAt, Instant recordedAt,
                               String recorderId, String recorderRole, String summary, String correctedByEntryId,
                               String correctionReason, String correctsEntryId, String replacementEntryId) {
        this(ledgerPosition, entryId, entryType, occurredAt, recordedAt, recorderId, recorderRole, summary, correctedByEntryId,
                correctionReason, correctsEntryId, replacementEntryId, Map.of());
    }
}
