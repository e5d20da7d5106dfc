package org.cartledger.api.activity;

import java.time.Instant;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.recording.LedgerEntryEvent;

public record AttendanceRecordedEvent(
        TraineeId traineeId,
        String entryId,
        Instant occurredAt,
        String activityType,
        Integer durationMinutes,
        boolean presentedCase,
        String caseTopic,
        String notes) implements LedgerEntryEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
