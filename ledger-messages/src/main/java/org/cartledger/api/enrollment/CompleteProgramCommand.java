package org.cartledger.api.enrollment;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * @param waiver required only when a requirement for completion is not met (two weeks in the program, a
 *               committee review on record); may be null
 */
public record CompleteProgramCommand(
        @TargetAggregateIdentifier String traineeId,
        String entryId,
        Instant occurredAt,
        String summary,
        CompletionWaiver waiver) {
}
