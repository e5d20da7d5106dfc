package org.cartledger.api.replay;

import java.time.Instant;

/** An entry the dashboard as it stood included, corrected since by the correction named, for the reason given. */
public record EntryCorrectedSince(
        String entryId,
        String entryType,
        String correctionEntryId,
        String reason,
        Instant correctedAt,
        String correctedBy) {
}
