package org.cartledger.command.requirements;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.cartledger.api.requirements.RequirementSet;
import org.cartledger.http.input.MultilineText;

/**
 * A requirement set for a track: from when it is in force, what it requires, and why it is defined or revised. It is
 * recorded when it is sent; the codes and counts are checked by {@link RequirementSetPolicy}.
 */
public record DefineRequirementSetRequest(
        @NotNull LocalDate effectiveFrom,
        @NotNull RequirementSet requirements,
        @NotBlank @MultilineText @Size(max = 2000) String reason) {
}
