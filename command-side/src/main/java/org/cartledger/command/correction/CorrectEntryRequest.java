package org.cartledger.command.correction;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.cartledger.api.correction.CorrectEntryCommand;
import org.cartledger.command.recording.EntryRequest;

/** @param occurredAt when the correction was decided; now if left out */
public record CorrectEntryRequest(
        Instant occurredAt,
        @NotBlank @Size(max = 64) String correctedEntryId,
        @NotBlank @Size(max = 2000) String reason,
        @Size(max = 64) String replacementEntryId) implements EntryRequest {

    @Override
    public CorrectEntryCommand toCommand(String traineeId, String entryId, Instant at) {
        return new CorrectEntryCommand(traineeId, entryId, at, correctedEntryId, reason, replacementEntryId);
    }
}
