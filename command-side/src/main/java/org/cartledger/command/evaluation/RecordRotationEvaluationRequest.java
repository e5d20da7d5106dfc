package org.cartledger.command.evaluation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;
import org.cartledger.api.catalog.TrainingCatalog;
import org.cartledger.api.evaluation.RecordRotationEvaluationCommand;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.command.recording.EntryRequest;
import org.cartledger.http.input.LedgerId;
import org.cartledger.http.input.MultilineText;

/**
 * @param evaluatorId     the faculty member who evaluates; left out, the signed-in faculty member
 * @param milestoneLevels competency code to milestone level, for all six core competencies
 * @param onBehalfOf      the colleague for whom the signed-in faculty member records it, if it is not their own
 */
public record RecordRotationEvaluationRequest(
        Instant occurredAt,
        @NotBlank @Size(max = 200) String rotation,
        @LedgerId String evaluatorId,
        @NotEmpty Map<@NotBlank @LedgerId String,
                @NotNull @Min(TrainingCatalog.LOWEST_MILESTONE_LEVEL) @Max(TrainingCatalog.HIGHEST_MILESTONE_LEVEL) Integer> milestoneLevels,
        @MultilineText @Size(max = 4000) String comments,
        @LedgerId String onBehalfOf) implements EntryRequest {

    @Override
    public RecordRotationEvaluationCommand toCommand(TraineeId traineeId, String entryId, Instant at) {
        return new RecordRotationEvaluationCommand(traineeId, entryId, at, rotation, evaluatorId, milestoneLevels, comments, onBehalfOf);
    }
}
