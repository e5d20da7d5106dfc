package org.cartledger.audit.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.cartledger.api.cohort.TraineeStatus;
import org.cartledger.api.committee.AutonomyLevel;
import org.cartledger.api.committee.CommitteeDecision;
import org.cartledger.api.dashboard.CommitteeReviewSummary;
import org.cartledger.api.dashboard.TraineeDashboardView;
import org.cartledger.api.enrollment.Track;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.requirements.RequirementProgress;
import org.cartledger.api.replay.EntryCorrectedSince;
import org.cartledger.api.replay.EntryRecordedSince;
import org.cartledger.proof.bundle.BundleTreeHead;
import org.cartledger.proof.bundle.InclusionProofJson;

/**
 * One trainee's monthly committee report: the review of the month, the dashboard as it stood when the committee
 * looked at it (the committee's "as it stood" replay), the autonomy granted over time, what was recorded since, and
 * the signed tree head that covers the review, with the review's inclusion proof, so an auditor can check it.
 *
 * @param review            the review the report is of: the month's latest that was not corrected (the latest of all
 *                          when every one was)
 * @param reviewsOfTheMonth every review recorded for the month, in ledger order, the reported one among them
 * @param progress          progress against the program's requirements as it stood at the review's basis, against
 *                          the set in force then (the as-it-stood dashboard's own); null when the track had no set
 * @param asItStood         the dashboard at the review's basis, exactly as {@code /committee-reviews/{entryId}/reproduction}
 *                          and the committee's "as it stood" page show it
 * @param autonomyHistory   every review counted up to and including the reported one, oldest month first
 * @param recordedSince     every entry recorded after the basis, in ledger order (the review itself included)
 * @param correctedSince    the entries {@code asItStood} counted that have been corrected since
 */
record CommitteeReport(
        TraineeId traineeId,
        YearMonth month,
        Trainee trainee,
        Review review,
        List<ReviewOfTheMonth> reviewsOfTheMonth,
        RequirementProgress progress,
        TraineeDashboardView asItStood,
        List<AutonomyGranted> autonomyHistory,
        List<EntryRecordedSince> recordedSince,
        List<EntryCorrectedSince> correctedSince,
        Verification verification,
        Instant exportedAt) {

    /** Who the report is about, as the dashboard at the review's basis had it (an extension moves the end date). */
    record Trainee(TraineeId traineeId, String fullName, Track track, TraineeStatus status, LocalDate startDate,
                   LocalDate endDate) {
    }

    /**
     * @param ledgerPosition        the position of the review's own event
     * @param basedOnLedgerPosition the position the committee's view is rebuilt from
     * @param corrected             the correction that took the review back, when one did
     */
    record Review(CommitteeReviewSummary recorded, long ledgerPosition, Instant recordedAt, String recorderId,
                  long basedOnLedgerPosition, Correction corrected) {
    }

    /** A review recorded for the month, and whether it was corrected (taken back). */
    record ReviewOfTheMonth(String entryId, long ledgerPosition, Instant recordedAt, CommitteeDecision decision,
                            AutonomyLevel autonomyGranted, boolean reported, Correction corrected) {
    }

    record Correction(String correctionEntryId, long ledgerPosition, String reason) {
    }

    /** The autonomy a review granted, for the history of what the trainee was entrusted with. */
    record AutonomyGranted(YearMonth reviewMonth, String entryId, CommitteeDecision decision, AutonomyLevel autonomyGranted) {
    }

    /**
     * What lets anyone check the review is in the ledger as reported: a signed tree head that covers the review's
     * event (signed with the key of {@code GET /api/ledger/public-key}), the event's leaf in that tree and the
     * proof that the leaf is in it (docs/ledger-proofs.md §5).
     */
    record Verification(BundleTreeHead treeHead, long reviewLedgerPosition, long reviewLeafIndex,
                        InclusionProofJson reviewInclusionProof) {
    }
}
