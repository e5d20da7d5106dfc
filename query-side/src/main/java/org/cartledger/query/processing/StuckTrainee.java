package org.cartledger.query.processing;

import java.time.Instant;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.readmodel.Staleness;

/**
 * A trainee a read model is stuck on: the first of their entries it could not take in, why, and how
 * many of their entries wait behind it.
 */
public record StuckTrainee(TraineeId traineeId, Long sincePosition, String sinceEntryId, String error, Instant since,
                           long entriesWaiting) {

    Staleness staleness(String readModel) {
        return new Staleness(readModel, Staleness.ENTRY_FAILED, sincePosition, sinceEntryId, error, since, entriesWaiting);
    }
}
