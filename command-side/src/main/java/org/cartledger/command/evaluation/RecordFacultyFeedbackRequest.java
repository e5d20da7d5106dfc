package org.cartledger.command.evaluation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.cartledger.api.evaluation.RecordFacultyFeedbackCommand;
import org.cartledger.command.recording.EntryRequest;
import org.cartledger.runtime.input.LedgerId;
import org.cartledger.runtime.input.MultilineText;

public record RecordFacultyFeedbackRequest(
        Instant occurredAt,
        @NotBlank @LedgerId String facultyId,
        @MultilineText @Size(max = 4000) String strengths,
        @MultilineText @Size(max = 4000) String areasForImprovement,
        @MultilineText @Size(max = 4000) String careerDevelopment) implements EntryRequest {

    @Override
    public RecordFacultyFeedbackCommand toCommand(String traineeId, String entryId, Instant at) {
        return new RecordFacultyFeedbackCommand(traineeId, entryId, at, facultyId, strengths, areasForImprovement,
                careerDevelopment);
    }
}
