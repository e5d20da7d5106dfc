package org.cartledger.audit.replay;

import java.util.List;
import org.cartledger.api.dashboard.TraineeDashboardView;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.proof.bundle.BundleTreeHead;

/**
 * A past committee meeting, side by side with today.
 *
 * @param asReviewed     the dashboard as of the position the review was based on, exactly as
 *                       {@code /dashboard/as-of?position=} gives it; null only when the review named a basis
 *                       before the trainee's enrollment
 * @param today          the dashboard from every entry, on today's date: what the live dashboard shows
 * @param recordedSince  every entry recorded after that position, in ledger order (the review itself included)
 * @param correctedSince the entries the committee saw that have been corrected since
 * @param treeHead       the first signed tree head covering the basis: the ledger's signed commitment to
 *                       everything the committee saw, against which each of those entries can be proved
 *                       (GET /api/ledger/proofs/inclusion?position=…&treeSize=…); null until one is signed
 */
record CommitteeReviewReproduction(
        TraineeId traineeId,
        ReviewedMeeting review,
        TraineeDashboardView asReviewed,
        TraineeDashboardView today,
        List<RecordedSince> recordedSince,
        List<CorrectedSince> correctedSince,
        BundleTreeHead treeHead) {
}
