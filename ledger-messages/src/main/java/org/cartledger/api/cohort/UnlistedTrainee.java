package org.cartledger.api.cohort;

import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.readmodel.Staleness;

/** A trainee missing from the cohort, and why. */
public record UnlistedTrainee(TraineeId traineeId, Staleness stale) {
}
