package org.cartledger.command.activity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.cartledger.api.activity.SignOffSkillCommand;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.command.recording.EntryRequest;
import org.cartledger.http.input.LedgerId;
import org.cartledger.http.input.MultilineText;

/**
 * @param signedOffBy the faculty member who signs it off; left out, the signed-in faculty member
 * @param onBehalfOf the colleague for whom the signed-in faculty member records it, if it is not their own
 */
public record SignOffSkillRequest(
        Instant occurredAt,
        @NotBlank @LedgerId String skill,
        @LedgerId String signedOffBy,
        @MultilineText @Size(max = 4000) String notes,
        @LedgerId String onBehalfOf) implements EntryRequest {

    @Override
    public SignOffSkillCommand toCommand(TraineeId traineeId, String entryId, Instant at) {
        return new SignOffSkillCommand(traineeId, entryId, at, skill, signedOffBy, notes, onBehalfOf);
    }
}
