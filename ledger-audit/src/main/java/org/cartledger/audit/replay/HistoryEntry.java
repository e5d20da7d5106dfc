package org.cartledger.audit.replay;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/** One step of a trainee's history: the entry as stored, with where and when it was recorded and by whom. */
record HistoryEntry(
        long ledgerPosition,
        String entryId,
        String entryType,
        Instant occurredAt,
        Instant recordedAt,
        String recorderId,
        String recorderRole,
        JsonNode payload) {
}
