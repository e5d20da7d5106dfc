package org.cartledger.api.activity;

import java.time.Instant;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.recording.LedgerEntryEvent;

/**
 * @param onBehalfOf the faculty member on whose behalf the recorder (in the metadata) made this entry, when it was
 *                   not the recorder's own; then it is also the supervisorId. Null when the recorder signed it themself, and
 *                   in every event recorded before the field existed.
 */
public record ProcedureRecordedEvent(
        TraineeId traineeId,
        String entryId,
        Instant occurredAt,
        String procedure,
        ProcedureSetting setting,
        SupervisionLevel supervisionLevel,
        String supervisorId,
        String notes,
        String onBehalfOf) implements LedgerEntryEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }

    /** An entry the recorder signed themself. */
    public ProcedureRecordedEvent(TraineeId traineeId, String entryId, Instant occurredAt, String procedure, ProcedureSetting setting,
                                  SupervisionLevel supervisionLevel, String supervisorId, String notes) {
        this(traineeId, entryId, occurredAt, procedure, setting, supervisionLevel, supervisorId, notes, null);
    }
}
