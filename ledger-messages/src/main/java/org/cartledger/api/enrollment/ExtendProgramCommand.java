package org.cartledger.api.enrollment;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.cartledger.api.ids.TraineeId;

public record ExtendProgramCommand(
        @TargetAggregateIdentifier TraineeId traineeId,
        String entryId,
        Instant occurredAt,
        LocalDate newEndDate,
        String reason,
        String approvedBy) {
}
