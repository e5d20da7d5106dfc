package org.cartledger.command.activity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.cartledger.api.activity.LogSkillCommand;
import org.cartledger.command.recording.EntryRequest;
import org.cartledger.runtime.input.LedgerId;
import org.cartledger.runtime.input.MultilineText;

public record LogSkillRequest(
        Instant occurredAt,
        @NotBlank @LedgerId String skill,
        @NotBlank @LedgerId String signedOffBy,
        @MultilineText @Size(max = 4000) String notes) implements EntryRequest {

    @Override
    public LogSkillCommand toCommand(String traineeId, String entryId, Instant at) {
        return new LogSkillCommand(traineeId, entryId, at, skill, signedOffBy, notes);
    }
}
