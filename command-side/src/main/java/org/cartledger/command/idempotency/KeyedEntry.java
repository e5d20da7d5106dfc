package org.cartledger.command.idempotency;

import org.cartledger.api.ids.TraineeId;

/** The entry a keyed request recorded: what a retry of it is answered with. */
public record KeyedEntry(TraineeId traineeId, String entryId) {
}
