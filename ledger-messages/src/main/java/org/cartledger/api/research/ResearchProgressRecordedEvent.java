package org.cartledger.api.research;

import java.time.Instant;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.recording.LedgerEntryEvent;

public record ResearchProgressRecordedEvent(
        TraineeId traineeId,
        String entryId,
        Instant occurredAt,
        String projectTitle,
        ResearchMilestone milestone,
        String summary) implements LedgerEntryEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
