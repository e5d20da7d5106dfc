package org.cartledger.api.evaluation;

import java.time.Instant;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.recording.LedgerEntryEvent;

/**
 * @param onBehalfOf the faculty member on whose behalf the recorder (in the metadata) made this entry, when it was
 *                   not the recorder's own; then it is also the facultyId. Null when the recorder signed it themself, and
 *                   in every event recorded before the field existed.
 */
public record FacultyFeedbackRecordedEvent(
        TraineeId traineeId,
        String entryId,
        Instant occurredAt,
        String facultyId,
        String strengths,
        String areasForImprovement,
        String careerDevelopment,
        String onBehalfOf) implements LedgerEntryEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }

    /** An entry the recorder signed themself. */
    public FacultyFeedbackRecordedEvent(TraineeId traineeId, String entryId, Instant occurredAt, String facultyId, String strengths,
                                        String areasForImprovement, String careerDevelopment) {
        this(traineeId, entryId, occurredAt, facultyId, strengths, areasForImprovement, careerDevelopment, null);
    }
}
