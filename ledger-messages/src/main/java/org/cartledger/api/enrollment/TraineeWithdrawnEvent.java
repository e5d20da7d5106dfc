package org.cartledger.api.enrollment;

import java.time.Instant;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.recording.LedgerEntryEvent;

public record TraineeWithdrawnEvent(
        TraineeId traineeId,
        String entryId,
        Instant occurredAt,
        String reason) implements LedgerEntryEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
