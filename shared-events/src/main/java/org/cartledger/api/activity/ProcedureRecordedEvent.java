package org.cartledger.api.activity;

import java.time.Instant;
import org.cartledger.api.recording.LedgerEntryEvent;

public record ProcedureRecordedEvent(
        String traineeId,
        String entryId,
        Instant occurredAt,
        String procedure,
        ProcedureSetting setting,
        SupervisionLevel supervisionLevel,
        String supervisorId,
        String notes) implements LedgerEntryEvent {
}
