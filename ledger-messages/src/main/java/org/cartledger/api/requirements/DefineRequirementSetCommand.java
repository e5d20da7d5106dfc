package org.cartledger.api.requirements;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.cartledger.api.enrollment.Track;

/** Defines a track's first requirement set or revises it; {@code recordId} is {@link RequirementSetDefinedEvent#recordIdOf}. */
public record DefineRequirementSetCommand(
        @TargetAggregateIdentifier String recordId,
        String entryId,
        Instant occurredAt,
        Track track,
        LocalDate effectiveFrom,
        RequirementSet requirements,
        String reason) {
}
