package org.cartledger.api.evaluation;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.cartledger.api.ids.TraineeId;

public record RecordFacultyFeedbackCommand(
        @TargetAggregateIdentifier TraineeId traineeId,
        String entryId,
        Instant occurredAt,
        String facultyId,
        String strengths,
        String areasForImprovement,
        String careerDevelopment,
        String onBehalfOf) {
}
