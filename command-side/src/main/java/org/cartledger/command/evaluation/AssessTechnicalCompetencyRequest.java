package org.cartledger.command.evaluation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.cartledger.api.catalog.TrainingCatalog;
import org.cartledger.api.evaluation.AssessTechnicalCompetencyCommand;
import org.cartledger.api.evaluation.TechnicalArea;
import org.cartledger.command.recording.EntryRequest;
import org.cartledger.runtime.input.LedgerId;
import org.cartledger.runtime.input.MultilineText;

public record AssessTechnicalCompetencyRequest(
        Instant occurredAt,
        @NotBlank @LedgerId String assessorId,
        @NotNull TechnicalArea area,
        @LedgerId String procedure,
        @NotNull @Min(TrainingCatalog.LOWEST_MILESTONE_LEVEL) @Max(TrainingCatalog.HIGHEST_MILESTONE_LEVEL) Integer level,
        @MultilineText @Size(max = 4000) String comments) implements EntryRequest {

    @Override
    public AssessTechnicalCompetencyCommand toCommand(String traineeId, String entryId, Instant at) {
        return new AssessTechnicalCompetencyCommand(traineeId, entryId, at, assessorId, area, procedure, level, comments);
    }
}
