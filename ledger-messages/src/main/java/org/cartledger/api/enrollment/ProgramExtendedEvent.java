package org.cartledger.api.enrollment;

import java.time.Instant;
import java.time.LocalDate;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.recording.LedgerEntryEvent;

public record ProgramExtendedEvent(
        TraineeId traineeId,
        String entryId,
        Instant occurredAt,
        LocalDate previousEndDate,
        LocalDate newEndDate,
        String reason,
        String approvedBy) implements LedgerEntryEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
