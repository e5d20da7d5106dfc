package org.cartledger.api.evaluation;

import java.time.Instant;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.cartledger.api.ids.TraineeId;

/**
 * The end-of-rotation evaluation: a milestone level (1 to 5) for each of the six core competencies.
 *
 * @param milestoneLevels competency code to level; all six competencies must be rated
 */
public record RecordRotationEvaluationCommand(
        @TargetAggregateIdentifier TraineeId traineeId,
        String entryId,
        Instant occurredAt,
        String rotation,
        String evaluatorId,
        Map<String, Integer> milestoneLevels,
        String comments,
        String onBehalfOf) {
}
