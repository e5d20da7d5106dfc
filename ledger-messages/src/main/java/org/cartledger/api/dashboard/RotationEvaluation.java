package org.cartledger.api.dashboard;

import java.time.Instant;
import java.util.Map;

/**
 * One end-of-rotation evaluation, as the evaluator gave it.
 *
 * @param milestoneLevels the level (1 to 5) given each core competency rated, by catalog code, in the catalog's order
 */
public record RotationEvaluation(
        String entryId,
        Instant evaluatedAt,
        String rotation,
        String evaluatorId,
        Map<String, Integer> milestoneLevels,
        String comments) {
}
