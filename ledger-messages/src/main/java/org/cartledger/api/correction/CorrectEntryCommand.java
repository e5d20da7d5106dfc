package org.cartledger.api.correction;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.cartledger.api.ids.TraineeId;

/**
 * Mark an entry as recorded in error. The original stays in the ledger; from now on it no longer
 * counts, and the transcript shows both. When the right entry has been recorded, the correction can
 * name it as the replacement.
 *
 * @param replacementEntryId an entry of the same kind in the same record that replaces the corrected one; may be null
 */
public record CorrectEntryCommand(
        @TargetAggregateIdentifier TraineeId traineeId,
        String entryId,
        Instant occurredAt,
        String correctedEntryId,
        String reason,
        String replacementEntryId) {
}
