package org.cartledger.api.enrollment;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record WithdrawTraineeCommand(
        @TargetAggregateIdentifier String traineeId,
        String entryId,
        Instant occurredAt,
        String reason) {
}
