package org.cartledger.api.evaluation;

import java.time.Instant;
import org.cartledger.api.recording.LedgerEntryEvent;

public record TechnicalCompetencyAssessedEvent(
        String traineeId,
        String entryId,
        Instant occurredAt,
        String assessorId,
        TechnicalArea area,
        String procedure,
        int level,
        String comments) implements LedgerEntryEvent {
}
