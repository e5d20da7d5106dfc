package org.cartledger.command.requirements;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.cartledger.http.input.MultilineText;

/** The committee's decision to measure a trainee against a newer requirement set of their track, and why. */
public record MoveToRequirementSetRequest(
        Instant occurredAt,
        @NotNull @Positive Integer version,
        @NotBlank @MultilineText @Size(max = 2000) String reason) {
}
