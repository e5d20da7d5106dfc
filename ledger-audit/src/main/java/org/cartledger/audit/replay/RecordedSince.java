package org.cartledger.audit.replay;

import java.time.Instant;

/**
 * An entry recorded after the position a committee review was based on.
 *
 * @param correctsSeenEntry true when it is a correction of an entry the committee saw
 * @param correctedEntryId  the entry it corrects, when it is a correction
 */
record RecordedSince(
        long ledgerPosition,
        String entryId,
        String entryType,
        Instant occurredAt,
        Instant recordedAt,
        boolean correctsSeenEntry,
        String correctedEntryId) {
}
