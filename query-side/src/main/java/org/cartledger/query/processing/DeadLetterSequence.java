package org.cartledger.query.processing;

import java.util.List;

/** A trainee's events a read model holds back, oldest first. */
public record DeadLetterSequence(String traineeId, List<DeadLetterView> letters) {
}
