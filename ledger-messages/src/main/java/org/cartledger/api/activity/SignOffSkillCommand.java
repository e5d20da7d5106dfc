package org.cartledger.api.activity;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.cartledger.api.ids.TraineeId;

/** A faculty member signs off that the trainee has completed a skill from the catalog. */
public record SignOffSkillCommand(
        @TargetAggregateIdentifier TraineeId traineeId,
        String entryId,
        Instant occurredAt,
        String skill,
        String signedOffBy,
        String notes,
        String onBehalfOf) {
}
