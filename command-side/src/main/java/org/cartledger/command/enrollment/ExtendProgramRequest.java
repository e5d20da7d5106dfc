package org.cartledger.command.enrollment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.cartledger.api.enrollment.ExtendProgramCommand;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.command.recording.EntryRequest;
import org.cartledger.http.input.LedgerId;
import org.cartledger.http.input.MultilineText;

public record ExtendProgramRequest(
        Instant occurredAt,
        @NotNull LocalDate newEndDate,
        @NotBlank @MultilineText @Size(max = 2000) String reason,
        @NotBlank @LedgerId String approvedBy) implements EntryRequest {

    @Override
    public ExtendProgramCommand toCommand(TraineeId traineeId, String entryId, Instant at) {
        return new ExtendProgramCommand(traineeId, entryId, at, newEndDate, reason, approvedBy);
    }
}
