package org.cartledger.query.processing;

import java.util.List;
import org.cartledger.api.ids.TraineeId;

/**
 * What a retry of dead letters did.
 *
 * @param cleared    trainees whose held-back events were all taken in: their views are current again
 * @param stillStuck trainees whose first held-back event failed again, with the error it met this time
 */
public record RetryOutcome(String readModel, List<TraineeId> cleared, List<StuckTrainee> stillStuck) {
}
