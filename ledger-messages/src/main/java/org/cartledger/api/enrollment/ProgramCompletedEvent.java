package org.cartledger.api.enrollment;

import java.time.Instant;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.recording.LedgerEntryEvent;

/**
 * @param waiver the reason and approver of a completion that did not meet every requirement; null when it met
 *               them all, and in every event recorded before the field existed
 */
public record ProgramCompletedEvent(
        TraineeId traineeId,
        String entryId,
        Instant occurredAt,
        String summary,
        CompletionWaiver waiver) implements LedgerEntryEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }

    /** A completion that met every requirement. */
    public ProgramCompletedEvent(TraineeId traineeId, String entryId, Instant occurredAt, String summary) {
        this(traineeId, entryId, occurredAt, summary, null);
    }
}
