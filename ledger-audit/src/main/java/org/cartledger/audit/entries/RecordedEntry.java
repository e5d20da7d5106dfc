package org.cartledger.audit.entries;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.cartledger.api.correction.EntryCorrectedEvent;
import org.cartledger.api.recording.LedgerEntryEvent;

/**
 * One stored event as a trainee's entry: the event, where it stands in the ledger, when
 * and by whom it was recorded, and its payload exactly as stored.
 *
 * @param ledgerPosition the event's global index
 * @param recordedAt     the event's timestamp (Axon's), written when it was stored
 * @param payloadJson    the stored payload: UTF-8 JSON as the event serializer wrote it
 */
public record RecordedEntry(long ledgerPosition, Instant recordedAt, LedgerEntryEvent event, String recorderId,
                     String recorderRole, byte[] payloadJson) {

    public String entryId() {
        return event.entryId();
    }

    /** The entry's type as the transcript names it, e.g. SkillSignedOff. */
    public String entryType() {
        return LedgerEntryEvent.typeName(event);
    }

    public LocalDate occurredOn(ZoneId zone) {
        return event.occurredAt().atZone(zone).toLocalDate();
    }

    /** The entry this one corrects, or null when it is not a correction. */
    public String correctedEntryId() {
        return event instanceof EntryCorrectedEvent correction ? correction.correctedEntryId() : null;
    }
}
