package org.cartledger.audit.replay;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.cartledger.api.correction.EntryCorrectedEvent;
import org.cartledger.api.recording.LedgerEntryEvent;

/**
 * One row of the event store as a trainee's entry: the event, where it stands in the ledger, when
 * and by whom it was recorded, and its payload exactly as stored.
 *
 * @param ledgerPosition the event's global index
 * @param recordedAt     the event's timestamp (Axon's), written when it was stored
 * @param payloadJson    the stored payload: UTF-8 JSON as the event serializer wrote it
 */
record RecordedEntry(long ledgerPosition, Instant recordedAt, LedgerEntryEvent event, String recorderId,
                     String recorderRole, byte[] payloadJson) {

    String entryId() {
        return event.entryId();
    }

    /** The entry's type as the transcript names it, e.g. SkillSignedOff. */
    String entryType() {
        return LedgerEntryEvent.typeName(event);
    }

    LocalDate occurredOn(ZoneId zone) {
        return event.occurredAt().atZone(zone).toLocalDate();
    }

    /** The entry this one corrects, or null when it is not a correction. */
    String correctedEntryId() {
        return event instanceof EntryCorrectedEvent correction ? correction.correctedEntryId() : null;
    }
}
