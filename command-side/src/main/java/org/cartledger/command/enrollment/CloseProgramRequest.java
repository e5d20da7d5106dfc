package org.cartledger.command.enrollment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.cartledger.http.input.MultilineText;

/** Withdrawal: when, and in words why (the reason for leaving). Completion has its own, {@link CompleteProgramRequest}. */
public record CloseProgramRequest(Instant occurredAt, @NotBlank @MultilineText @Size(max = 4000) String statement) {
}
