package org.cartledger.api.evaluation;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.cartledger.api.ids.TraineeId;

/**
 * @param procedure a procedure code from the catalog, when the assessment is about one; may be null
 * @param level     milestone level 1 to 5
 */
public record AssessTechnicalCompetencyCommand(
        @TargetAggregateIdentifier TraineeId traineeId,
        String entryId,
        Instant occurredAt,
        String assessorId,
        TechnicalArea area,
        String procedure,
        int level,
        String comments,
        String onBehalfOf) {
}
