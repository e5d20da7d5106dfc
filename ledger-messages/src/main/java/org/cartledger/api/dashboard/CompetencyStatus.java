package org.cartledger.api.dashboard;

import java.time.Instant;

/** @param latestLevel null when the competency has not been rated yet */
public record CompetencyStatus(
        String competency,
        String name,
        Integer latestLevel,
        Integer previousLevel,
        Trend trend,
        Instant ratedAt,
        int ratings) {
}
