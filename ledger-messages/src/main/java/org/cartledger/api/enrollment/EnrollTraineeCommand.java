package org.cartledger.api.enrollment;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.cartledger.api.ids.TraineeId;

/**
 * Enroll a trainee under the hospital's identifier for them.
 *
 * @param timeZone the program site's zone: it decides on which program day an entry falls
 * @param lengthApproval required only when the program is shorter than 2 weeks or longer than 6 months
 */
public record EnrollTraineeCommand(
        @TargetAggregateIdentifier TraineeId traineeId,
        String entryId,
        Instant occurredAt,
        String fullName,
        Track track,
        EligibilityEvidence eligibility,
        LocalDate startDate,
        LocalDate endDate,
        String timeZone,
        String mentorId,
        LengthApproval lengthApproval) {
}
