package org.cartledger.api.activity;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.cartledger.api.ids.TraineeId;

public record RecordProcedureCommand(
        @TargetAggregateIdentifier TraineeId traineeId,
        String entryId,
        Instant occurredAt,
        String procedure,
        ProcedureSetting setting,
        SupervisionLevel supervisionLevel,
        String supervisorId,
        String notes,
        String onBehalfOf) {
}
