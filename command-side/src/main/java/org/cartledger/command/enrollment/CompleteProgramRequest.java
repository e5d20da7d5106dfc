package org.cartledger.command.enrollment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.cartledger.api.enrollment.CompletionWaiver;
import org.cartledger.http.input.LedgerId;
import org.cartledger.http.input.MultilineText;

/**
 * Completion: when, a summary in words, and, only where a requirement for completion is not met (two weeks
 * in the program, a committee review on record), a waiver with the reason and who approved it.
 */
public record CompleteProgramRequest(
        Instant occurredAt,
        @NotBlank @MultilineText @Size(max = 4000) String statement,
        @Valid WaiverRequest waiver) {

    public record WaiverRequest(@NotBlank @MultilineText @Size(max = 2000) String reason, @NotBlank @LedgerId String approvedBy) {

        CompletionWaiver toWaiver() {
            return new CompletionWaiver(reason, approvedBy);
        }
    }
}
