package org.cartledger.api.evaluation;

import java.time.Instant;
import java.util.Map;
import org.cartledger.api.recording.LedgerEntryEvent;

public record RotationEvaluationRecordedEvent(
        String traineeId,
        String entryId,
        Instant occurredAt,
        String rotation,
        String evaluatorId,
        Map<String, Integer> milestoneLevels,
        String comments) implements LedgerEntryEvent {
}
