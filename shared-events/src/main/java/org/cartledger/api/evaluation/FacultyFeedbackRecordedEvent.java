package org.cartledger.api.evaluation;

import java.time.Instant;
import org.cartledger.api.recording.LedgerEntryEvent;

public record FacultyFeedbackRecordedEvent(
        String traineeId,
        String entryId,
        Instant occurredAt,
        String facultyId,
        String strengths,
        String areasForImprovement,
        String careerDevelopment) implements LedgerEntryEvent {
}
