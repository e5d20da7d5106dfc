package org.cartledger.api.replay;

import java.time.Instant;
import java.time.LocalDate;
import org.cartledger.api.ids.TraineeId;

/**
 * A trainee's dashboard as it stood at one cut, next to today's, for the committee: exactly one of
 * {@code recordedAt} (what the ledger held at that instant), {@code endOfDay} (what it held at the end of
 * that day in the program's time zone, or now when that day is today) and {@code committeeReviewEntryId}
 * (what the committee looked at in that review: the reproduction of the review). Answered with a
 * {@link DashboardAsItStoodView}, whose outcome says when there is nothing to show.
 */
public record FindDashboardAsItStoodQuery(TraineeId traineeId, Instant recordedAt, LocalDate endOfDay, String committeeReviewEntryId) {

    public static FindDashboardAsItStoodQuery recordedBy(TraineeId traineeId, Instant recordedAt) {
        return new FindDashboardAsItStoodQuery(traineeId, recordedAt, null, null);
    }

    public static FindDashboardAsItStoodQuery atTheEndOf(TraineeId traineeId, LocalDate day) {
        return new FindDashboardAsItStoodQuery(traineeId, null, day, null);
    }

    public static FindDashboardAsItStoodQuery seenInReview(TraineeId traineeId, String committeeReviewEntryId) {
        return new FindDashboardAsItStoodQuery(traineeId, null, null, committeeReviewEntryId);
    }
}
