package org.cartledger.query.processing;

import java.util.List;
import org.cartledger.api.ids.TraineeId;

/** A trainee's events a read model holds back, oldest first. */
public record DeadLetterSequence(TraineeId traineeId, List<DeadLetterView> letters) {
}
