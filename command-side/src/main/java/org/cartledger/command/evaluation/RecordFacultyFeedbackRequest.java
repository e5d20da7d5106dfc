package org.cartledger.command.evaluation;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.cartledger.api.evaluation.RecordFacultyFeedbackCommand;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.command.recording.EntryRequest;
import org.cartledger.http.input.LedgerId;
import org.cartledger.http.input.MultilineText;

/**
 * @param facultyId the faculty member who signs it off; left out, the signed-in faculty member
 * @param onBehalfOf the colleague for whom the signed-in faculty member records it, if it is not their own
 */
public record RecordFacultyFeedbackRequest(
        Instant occurredAt,
        @LedgerId String facultyId,
        @MultilineText @Size(max = 4000) String strengths,
        @MultilineText @Size(max = 4000) String areasForImprovement,
        @MultilineText @Size(max = 4000) String careerDevelopment,
        @LedgerId String onBehalfOf) implements EntryRequest {

    @Override
    public RecordFacultyFeedbackCommand toCommand(TraineeId traineeId, String entryId, Instant at) {
        return new RecordFacultyFeedbackCommand(traineeId, entryId, at, facultyId, strengths, areasForImprovement,
                careerDevelopment, onBehalfOf);
    }
}
