package org.cartledger.api.requirements;

import java.time.Instant;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.recording.LedgerEntryEvent;

/**
 * The committee decided that the trainee is measured against {@code version} of their track's requirement sets
 * instead of the one in force at their enrollment (or the one they were moved to before), and why.
 */
public record TraineeMovedToRequirementSetEvent(
        TraineeId traineeId,
        String entryId,
        Instant occurredAt,
        int version,
        String reason) implements LedgerEntryEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
