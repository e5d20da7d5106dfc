package org.cartledger.api.committee;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.recording.LedgerEntryEvent;

/**
 * @param basedOnLedgerPosition the ledger position of the dashboard the committee looked at; null means the
 *                              review was based on everything recorded before it, i.e. the position just
 *                              before this event's own. Events recorded before the field existed read as null.
 */
public record CommitteeReviewRecordedEvent(
        TraineeId traineeId,
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
        Long basedOnLedgerPosition) implements LedgerEntryEvent {

    /**
     * The position the committee's view is rebuilt from, given the position of this event: the basis it stated, or
     * the position just before its own when it named none (or named one at or after its own, which no committee can
     * have seen). The replay and the committee report read a review's basis from here alone.
     */
    public long basisAt(long ownPosition) {
        return basedOnLedgerPosition == null || basedOnLedgerPosition >= ownPosition ? ownPosition - 1 : basedOnLedgerPosition;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
