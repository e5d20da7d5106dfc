package org.cartledger.api.dashboard;

import java.time.Instant;
import org.cartledger.api.evaluation.TechnicalArea;

/**
 * One technical competency evaluation: procedures, complication management or simulation-based training.
 *
 * @param procedure  the catalog code of the procedure assessed; null when the assessment is of the area as a whole
 * @param level      milestone level 1 to 5
 * @param assessorId the faculty member who assessed
 */
public record TechnicalAssessment(
        String entryId,
        Instant assessedAt,
        TechnicalArea area,
        String procedure,
        int level,
        String assessorId,
        String comments) {
}
