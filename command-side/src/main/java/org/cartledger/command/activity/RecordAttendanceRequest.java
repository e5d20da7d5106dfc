package org.cartledger.command.activity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.cartledger.api.activity.RecordAttendanceCommand;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.command.recording.EntryRequest;
import org.cartledger.http.input.LedgerId;
import org.cartledger.http.input.MultilineText;

/** @param occurredAt when it took place; now if left out */
public record RecordAttendanceRequest(
        Instant occurredAt,
        @NotBlank @LedgerId String activityType,
        @Positive @Max(24 * 60) Integer durationMinutes,
        boolean presentedCase,
        @Size(max = 500) String caseTopic,
        @MultilineText @Size(max = 4000) String notes) implements EntryRequest {

    @Override
    public RecordAttendanceCommand toCommand(TraineeId traineeId, String entryId, Instant at) {
        return new RecordAttendanceCommand(traineeId, entryId, at, activityType, durationMinutes, presentedCase,
                caseTopic, notes);
    }
}
