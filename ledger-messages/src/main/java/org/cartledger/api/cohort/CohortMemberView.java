package org.cartledger.api.cohort;

import java.time.Instant;
import java.time.LocalDate;
import org.cartledger.api.enrollment.Track;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.readmodel.Staleness;

/**
 * @param stale    why this row is behind the ledger; null when it is current
 * @param standing the last review, autonomy and what needs the committee's attention, read from the trainee's
 *                 dashboard (which says itself whether it is behind); null while the dashboard has no row for them
 */
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
        Staleness stale,
        CommitteeStanding standing) {

    /** A current row. */
    public CohortMemberView(TraineeId traineeId, String fullName, Track track, TraineeStatus status, LocalDate startDate,
                            LocalDate endDate, String mentorId, Instant enrolledAt, Instant closedAt) {
        this(traineeId, fullName, track, status, startDate, endDate, mentorId, enrolledAt, closedAt, null, null);
    }

    /** The row with its standing before the committee. */
    public CohortMemberView withStanding(CommitteeStanding committeeStanding) {
        return new CohortMemberView(traineeId, fullName, track, status, startDate, endDate, mentorId, enrolledAt, closedAt,
                stale, committeeStanding);
    }
}
