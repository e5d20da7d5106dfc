package org.cartledger.api.dashboard;

import java.time.Instant;

/**
 * One milestone level a rotation evaluation gave one competency: a point of the competency's history.
 *
 * @param entryId the evaluation that gave it
 */
public record MilestoneRating(String entryId, Instant occurredAt, String competency, int level) {
}
