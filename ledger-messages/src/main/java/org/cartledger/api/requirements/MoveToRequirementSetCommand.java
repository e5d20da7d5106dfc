package org.cartledger.api.requirements;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.cartledger.api.ids.TraineeId;

/** The committee measures a trainee against a newer requirement set of their track from now on. */
public record MoveToRequirementSetCommand(
        @TargetAggregateIdentifier TraineeId traineeId,
        String entryId,
        Instant occurredAt,
        int version,
        String reason) {
}
