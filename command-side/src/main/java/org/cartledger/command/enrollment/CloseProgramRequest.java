package org.cartledger.command.enrollment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** Withdrawal: when, and in words why (the reason for leaving). Completion has its own, {@link CompleteProgramRequest}. */
public record CloseProgramRequest(Instant occurredAt, @NotBlank @Size(max = 4000) String statement) {
}
