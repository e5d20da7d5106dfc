package org.cartledger.command.requirements;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.cartledger.api.requirements.RequirementSet;
import org.cartledger.http.input.MultilineText;

/**
 * A requirement set for a track: when it was decided (now, when left out; never later), the first enrollment day it
 * applies to, what it requires, and why it is defined or revised. The codes and counts are checked by
 * {@link RequirementSetPolicy}.
 */
public record DefineRequirementSetRequest(
        Instant occurredAt,
        @NotNull LocalDate effectiveFrom,
        @NotNull RequirementSet requirements,
        @NotBlank @MultilineText @Size(max = 2000) String reason) {
}
