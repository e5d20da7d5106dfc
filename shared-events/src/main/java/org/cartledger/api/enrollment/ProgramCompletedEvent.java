package org.cartledger.api.enrollment;

import java.time.Instant;
import org.cartledger.api.recording.LedgerEntryEvent;

public record ProgramCompletedEvent(
        String traineeId,
        String entryId,
        Instant occurredAt,
        String summary) implements LedgerEntryEvent {
}
