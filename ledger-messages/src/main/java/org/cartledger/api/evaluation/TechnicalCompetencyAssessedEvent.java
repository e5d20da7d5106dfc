package org.cartledger.api.evaluation;

import java.time.Instant;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.recording.LedgerEntryEvent;

/**
 * @param onBehalfOf the faculty member on whose behalf the recorder (in the metadata) made this entry, when it was
 *                   not the recorder's own; then it is also the assessorId. Null when the recorder signed it themself, and
 *                   in every event recorded before the field existed.
 */
public record TechnicalCompetencyAssessedEvent(
        TraineeId traineeId,
        String entryId,
        Instant occurredAt,
        String assessorId,
        TechnicalArea area,
        String procedure,
        int level,
        String comments,
        String onBehalfOf) implements LedgerEntryEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }

    /** An entry the recorder signed themself. */
    public TechnicalCompetencyAssessedEvent(TraineeId traineeId, String entryId, Instant occurredAt, String assessorId, TechnicalArea area,
                                            String procedure, int level, String comments) {
        this(traineeId, entryId, occurredAt, assessorId, area, procedure, level, comments, null);
    }
}
