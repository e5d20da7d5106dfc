package org.cartledger.command.enrollment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.cartledger.runtime.input.MultilineText;

/** Completion or withdrawal: when, and in words why (a summary, or the reason for leaving). */
public record CloseProgramRequest(Instant occurredAt, @NotBlank @MultilineText @Size(max = 4000) String statement) {
}
