package org.cartledger.api.cohort;

import java.time.Instant;
import java.time.LocalDate;
import org.cartledger.api.enrollment.Track;

public record CohortMemberView(
        String traineeId,
        String fullName,
        Track track,
        TraineeStatus status,
        LocalDate startDate,
        LocalDate endDate,
        String mentorId,
        Instant enrolledAt,
        Instant closedAt) {
}
