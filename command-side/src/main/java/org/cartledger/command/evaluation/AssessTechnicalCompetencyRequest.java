package org.cartledger.command.evaluation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.cartledger.api.catalog.TrainingCatalog;
import org.cartledger.api.evaluation.AssessTechnicalCompetencyCommand;
import org.cartledger.api.evaluation.TechnicalArea;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.command.recording.EntryRequest;
import org.cartledger.http.input.LedgerId;
import org.cartledger.http.input.MultilineText;

/**
 * @param assessorId the faculty member who signs it off; left out, the signed-in faculty member
 * @param onBehalfOf the colleague for whom the signed-in faculty member records it, if it is not their own
 */
public record AssessTechnicalCompetencyRequest(
        Instant occurredAt,
        @LedgerId String assessorId,
        @NotNull TechnicalArea area,
        @LedgerId String procedure,
        @NotNull @Min(TrainingCatalog.LOWEST_MILESTONE_LEVEL) @Max(TrainingCatalog.HIGHEST_MILESTONE_LEVEL) Integer level,
        @MultilineText @Size(max = 4000) String comments,
        @LedgerId String onBehalfOf) implements EntryRequest {

    @Override
    public AssessTechnicalCompetencyCommand toCommand(TraineeId traineeId, String entryId, Instant at) {
        return new AssessTechnicalCompetencyCommand(traineeId, entryId, at, assessorId, area, procedure, level, comments, onBehalfOf);
    }
}
