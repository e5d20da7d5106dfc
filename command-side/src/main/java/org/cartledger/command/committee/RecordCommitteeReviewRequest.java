package org.cartledger.command.committee;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.cartledger.api.committee.AutonomyLevel;
import org.cartledger.api.committee.CommitteeDecision;
import org.cartledger.api.committee.RecordCommitteeReviewCommand;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.command.recording.EntryRequest;
import org.cartledger.http.input.MultilineText;

/**
 * @param reviewMonth           the month under review, as {@code 2026-03}
 * @param basedOnLedgerPosition the {@code ledgerPosition} of the dashboard the committee looked at; leave it out
 *                              when the review is based on everything recorded before it
 */
public record RecordCommitteeReviewRequest(
        Instant occurredAt,
        @NotNull YearMonth reviewMonth,
        @NotNull CommitteeDecision decision,
        @NotNull AutonomyLevel autonomyGranted,
        @MultilineText @Size(max = 4000) String overallPerformance,
        @MultilineText @Size(max = 4000) String researchProgress,
        @MultilineText @Size(max = 4000) String teamParticipation,
        @MultilineText @Size(max = 4000) String feedback,
        @Size(max = 20) List<@NotBlank @Size(max = 500) String> adjustedGoals,
        @PositiveOrZero Long basedOnLedgerPosition) implements EntryRequest {

    @Override
    public RecordCommitteeReviewCommand toCommand(TraineeId traineeId, String entryId, Instant at) {
        return new RecordCommitteeReviewCommand(traineeId, entryId, at, reviewMonth, decision, autonomyGranted,
                overallPerformance, researchProgress, teamParticipation, feedback,
                adjustedGoals == null ? List.of() : List.copyOf(adjustedGoals), basedOnLedgerPosition);
    }
}
