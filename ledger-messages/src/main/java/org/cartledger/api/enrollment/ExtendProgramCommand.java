package org.cartledger.api.enrollment;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ExtendProgramCommand(
        @TargetAggregateIdentifier String traineeId,
        String entryId,
        Instant occurredAt,
        LocalDate newEndDate,
        String reason,
        String approvedBy) {
}
