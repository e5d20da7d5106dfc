package org.cartledger.api.replay;

import java.time.Instant;
import java.util.List;
import org.cartledger.api.dashboard.CommitteeReviewSummary;
import org.cartledger.api.dashboard.TraineeDashboardView;
import org.cartledger.api.ids.TraineeId;

/**
 * A trainee's dashboard as it stood at a cut, side by side with today's, both folded from the ledger's
 * history by the live dashboard's own fold.
 *
 * @param outcome          SHOWN, or why there is nothing to show (then the lists are empty and {@code then} null)
 * @param then             the dashboard as it stood, on the cut's own day
 * @param today            the dashboard from every entry, today; null only when there is no such trainee
 * @param recordedSince    every entry recorded after the cut, in ledger order, the corrections included
 * @param correctedSince   the entries {@code then} included that have been corrected since
 * @param review           the committee review whose view this is, when the cut was a review
 * @param cutRecordedAt    the instant the cut stands at: the ledger held what was recorded up to it
 * @param enrolledAt       when the trainee's enrollment was recorded; null when there is no such trainee
 */
public record DashboardAsItStoodView(
        TraineeId traineeId,
        AsItStoodOutcome outcome,
        TraineeDashboardView then,
        TraineeDashboardView today,
        List<EntryRecordedSince> recordedSince,
        List<EntryCorrectedSince> correctedSince,
        CommitteeReviewSummary review,
        Instant cutRecordedAt,
        Instant enrolledAt) {

    public static DashboardAsItStoodView refused(TraineeId traineeId, AsItStoodOutcome outcome, TraineeDashboardView today,
                                                 Instant enrolledAt) {
        return new DashboardAsItStoodView(traineeId, outcome, null, today, List.of(), List.of(), null, null, enrolledAt);
    }
}
