package org.cartledger.command.research;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.research.RecordResearchProgressCommand;
import org.cartledger.api.research.ResearchMilestone;
import org.cartledger.command.recording.EntryRequest;
import org.cartledger.http.input.MultilineText;

public record RecordResearchProgressRequest(
        Instant occurredAt,
        @NotBlank @Size(max = 500) String projectTitle,
        @NotNull ResearchMilestone milestone,
        @MultilineText @Size(max = 4000) String summary) implements EntryRequest {

    @Override
    public RecordResearchProgressCommand toCommand(TraineeId traineeId, String entryId, Instant at) {
        return new RecordResearchProgressCommand(traineeId, entryId, at, projectTitle, milestone, summary);
    }
}
