package org.cartledger.api.enrollment;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.cartledger.api.ids.TraineeId;

public record WithdrawTraineeCommand(
        @TargetAggregateIdentifier TraineeId traineeId,
        String entryId,
        Instant occurredAt,
        String reason) {
}
