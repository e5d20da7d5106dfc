package org.cartledger.api.research;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordResearchProgressCommand(
        @TargetAggregateIdentifier String traineeId,
        String entryId,
        Instant occurredAt,
        String projectTitle,
        ResearchMilestone milestone,
        String summary) {
}
