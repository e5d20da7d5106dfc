package org.cartledger.api.cohort;

import java.time.Instant;
import java.time.LocalDate;
import org.cartledger.api.enrollment.Track;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.readmodel.Staleness;

/** @param stale why this row is behind the ledger; null when it is current */
public record CohortMemberView(
        TraineeId traineeId,
        String fullName,
        Track track,
        TraineeStatus status,
        LocalDate startDate,
        LocalDate endDate,
        String mentorId,
        Instant enrolledAt,
        Instant closedAt,
        Staleness stale) {

    /** A current row. */
    public CohortMemberView(TraineeId traineeId, String fullName, Track track, TraineeStatus status, LocalDate startDate,
                            LocalDate endDate, String mentorId, Instant enrolledAt, Instant closedAt) {
        this(traineeId, fullName, track, status, startDate, endDate, mentorId, enrolledAt, closedAt, null);
    }
}
