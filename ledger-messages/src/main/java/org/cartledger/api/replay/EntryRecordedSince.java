package org.cartledger.api.replay;

import java.time.Instant;

/**
 * An entry of the trainee's record that the dashboard as it stood does not include: recorded after the cut.
 *
 * @param correctedEntryId the entry it corrects, when it is a correction; null otherwise
 * @param correctsEntryThen true when it corrects an entry the dashboard as it stood included
 */
public record EntryRecordedSince(
        long ledgerPosition,
        String entryId,
        String entryType,
        Instant occurredAt,
        Instant recordedAt,
        String recorderId,
        String correctedEntryId,
        boolean correctsEntryThen) {
}
