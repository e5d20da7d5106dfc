package org.cartledger.api.committee;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.cartledger.api.ids.TraineeId;

/**
 * The monthly clinical competency review: one per trainee and month. The autonomy level it grants is
 * the trainee's entrusted responsibility from this meeting on.
 *
 * @param basedOnLedgerPosition the ledger position of the dashboard the committee looked at (every dashboard
 *                              carries its {@code ledgerPosition}), so the meeting's view can be reproduced;
 *                              null when the review is based on everything recorded before it
 */
public record RecordCommitteeReviewCommand(
        @TargetAggregateIdentifier TraineeId traineeId,
        String entryId,
        Instant occurredAt,
        YearMonth reviewMonth,
        CommitteeDecision decision,
        AutonomyLevel autonomyGranted,
        String overallPerformance,
        String researchProgress,
        String teamParticipation,
        String feedback,
        List<String> adjustedGoals,
        Long basedOnLedgerPosition) {
}
