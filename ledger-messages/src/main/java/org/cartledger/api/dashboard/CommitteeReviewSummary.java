package org.cartledger.api.dashboard;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.cartledger.api.committee.AutonomyLevel;
import org.cartledger.api.committee.CommitteeDecision;

/**
 * One monthly clinical competency review as the committee recorded it.
 *
 * @param adjustedGoals the goals the committee set the trainee for what follows; empty when it set none
 */
public record CommitteeReviewSummary(
        String entryId,
        YearMonth reviewMonth,
        Instant reviewedAt,
        CommitteeDecision decision,
        AutonomyLevel autonomyGranted,
        String feedback,
        String overallPerformance,
        String researchProgress,
        String teamParticipation,
        List<String> adjustedGoals) {
}
