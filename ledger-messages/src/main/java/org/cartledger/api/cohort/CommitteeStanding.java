package org.cartledger.api.cohort;

import java.util.List;
import org.cartledger.api.committee.AutonomyLevel;
import org.cartledger.api.dashboard.CommitteeReviewSummary;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.readmodel.Staleness;

/**
 * Where a trainee stands with the committee, as the cohort lists it, read from the trainee's dashboard
 * (corrected entries left out) on the program site's today.
 *
 * @param lastReview           the newest committee review counted; null before the first
 * @param autonomy             the autonomy the last review granted; null before the first review
 * @param fallingCompetencies  the competencies whose latest milestone level is below the one before, by code
 * @param attention            why the committee should look at this trainee; empty when nothing calls for it
 *                             (always empty once the program has closed)
 * @param stale                why the dashboard this is read from is behind the ledger; null when it is current
 * @param progressPercent      progress toward the requirement set the trainee is measured by; null when their
 *                             track has none on record
 * @param requirementVersion   that set's version in the track; null with the progress
 */
public record CommitteeStanding(
        TraineeId traineeId,
        CommitteeReviewSummary lastReview,
        AutonomyLevel autonomy,
        List<String> fallingCompetencies,
        List<Attention> attention,
        Staleness stale,
        Integer progressPercent,
        Integer requirementVersion) {

    /** A standing without progress (no requirement set on record for the track). */
    public CommitteeStanding(TraineeId traineeId, CommitteeReviewSummary lastReview, AutonomyLevel autonomy,
                             List<String> fallingCompetencies, List<Attention> attention, Staleness stale) {
        this(traineeId, lastReview, autonomy, fallingCompetencies, attention, stale, null, null);
    }

    public CommitteeStanding {
        fallingCompetencies = List.copyOf(fallingCompetencies);
        attention = List.copyOf(attention);
    }

    public boolean needsAttention() {
        return !attention.isEmpty();
    }
}
