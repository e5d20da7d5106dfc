package org.cartledger.api.research;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.cartledger.api.ids.TraineeId;

public record RecordResearchProgressCommand(
        @TargetAggregateIdentifier TraineeId traineeId,
        String entryId,
        Instant occurredAt,
        String projectTitle,
        ResearchMilestone milestone,
        String summary) {
}
