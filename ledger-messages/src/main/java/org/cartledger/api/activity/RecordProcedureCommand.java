package org.cartledger.api.activity;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordProcedureCommand(
        @TargetAggregateIdentifier String traineeId,
        String entryId,
        Instant occurredAt,
        String procedure,
        ProcedureSetting setting,
        SupervisionLevel supervisionLevel,
        String supervisorId,
        String notes,
        String onBehalfOf) {
}
