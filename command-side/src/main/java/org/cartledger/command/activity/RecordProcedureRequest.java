package org.cartledger.command.activity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.cartledger.api.activity.ProcedureSetting;
import org.cartledger.api.activity.RecordProcedureCommand;
import org.cartledger.api.activity.SupervisionLevel;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.command.recording.EntryRequest;
import org.cartledger.http.input.LedgerId;
import org.cartledger.http.input.MultilineText;

/**
 * @param supervisorId the faculty member who signs it off; left out, the signed-in faculty member
 * @param onBehalfOf the colleague for whom the signed-in faculty member records it, if it is not their own
 */
public record RecordProcedureRequest(
        Instant occurredAt,
        @NotBlank @LedgerId String procedure,
        @NotNull ProcedureSetting setting,
        @NotNull SupervisionLevel supervisionLevel,
        @LedgerId String supervisorId,
        @MultilineText @Size(max = 4000) String notes,
        @LedgerId String onBehalfOf) implements EntryRequest {

    @Override
    public RecordProcedureCommand toCommand(TraineeId traineeId, String entryId, Instant at) {
        return new RecordProcedureCommand(traineeId, entryId, at, procedure, setting, supervisionLevel, supervisorId, notes, onBehalfOf);
    }
}
