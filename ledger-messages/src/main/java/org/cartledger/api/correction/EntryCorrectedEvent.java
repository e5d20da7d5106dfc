package org.cartledger.api.correction;

import java.time.Instant;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.recording.LedgerEntryEvent;

public record EntryCorrectedEvent(
        TraineeId traineeId,
        String entryId,
        Instant occurredAt,
        String correctedEntryId,
        String reason,
        String replacementEntryId) implements LedgerEntryEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
