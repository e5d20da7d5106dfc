package org.cartledger.api.committee;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.cartledger.api.recording.LedgerEntryEvent;

public record CommitteeReviewRecordedEvent(
        String traineeId,
        String entryId,
        Instant occurredAt,
        YearMonth reviewMonth,
        CommitteeDecision decision,
        AutonomyLevel autonomyGranted,
        String overallPerformance,
        String researchProgress,
        String teamParticipation,
        String feedback,
        List<String> adjustedGoals) implements LedgerEntryEvent {
}
