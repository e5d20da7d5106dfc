package org.cartledger.api.dashboard;

import java.time.Instant;
import java.time.YearMonth;
import org.cartledger.api.committee.AutonomyLevel;
import org.cartledger.api.committee.CommitteeDecision;

public record CommitteeReviewSummary(
        String entryId,
        YearMonth reviewMonth,
        Instant reviewedAt,
        CommitteeDecision decision,
        AutonomyLevel autonomyGranted,
        String feedback) {
}
