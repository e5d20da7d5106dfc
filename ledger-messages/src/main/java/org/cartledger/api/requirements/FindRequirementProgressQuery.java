package org.cartledger.api.requirements;

import org.cartledger.api.ids.TraineeId;

/**
 * A trainee's progress now, folded from their record in the ledger itself rather than from a read model that may be
 * behind: what a completion is checked against. Answered with an optional {@link RequirementProgress}, empty when
 * there is no such trainee or no requirement set for their track.
 */
public record FindRequirementProgressQuery(TraineeId traineeId) {
}
