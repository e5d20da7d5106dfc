package org.cartledger.api.enrollment;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.cartledger.api.ids.TraineeId;

/**
 * @param waiver required only when a requirement for completion is not met (two weeks in the program, a
 *               committee review on record); may be null
 */
public record CompleteProgramCommand(
        @TargetAggregateIdentifier TraineeId traineeId,
        String entryId,
        Instant occurredAt,
        String summary,
        CompletionWaiver waiver) {
}
