package org.cartledger.command.correction;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.cartledger.api.correction.CorrectEntryCommand;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.command.recording.EntryRequest;
import org.cartledger.http.input.LedgerId;
import org.cartledger.http.input.MultilineText;

/** @param occurredAt when the correction was decided; now if left out */
public record CorrectEntryRequest(
        Instant occurredAt,
        @NotBlank @LedgerId String correctedEntryId,
        @NotBlank @MultilineText @Size(max = 2000) String reason,
        @LedgerId String replacementEntryId) implements EntryRequest {

    @Override
    public CorrectEntryCommand toCommand(TraineeId traineeId, String entryId, Instant at) {
        return new CorrectEntryCommand(traineeId, entryId, at, correctedEntryId, reason, replacementEntryId);
    }
}
