package org.cartledger.api.activity;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.cartledger.api.ids.TraineeId;

/**
 * Record that a trainee attended a round, conference or session from the catalog, and whether they
 * presented a case there.
 */
public record RecordAttendanceCommand(
        @TargetAggregateIdentifier TraineeId traineeId,
        String entryId,
        Instant occurredAt,
        String activityType,
        Integer durationMinutes,
        boolean presentedCase,
        String caseTopic,
        String notes) {
}
