package org.cartledger.api.evaluation;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordFacultyFeedbackCommand(
        @TargetAggregateIdentifier String traineeId,
        String entryId,
        Instant occurredAt,
        String facultyId,
        String strengths,
        String areasForImprovement,
        String careerDevelopment,
        String onBehalfOf) {
}
