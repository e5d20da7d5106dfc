package org.cartledger.users.accounts;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.cartledger.api.recording.LedgerRole;
import org.cartledger.http.input.LedgerId;

/**
 * Roles to add to a user.
 *
 * @param traineeId the trainee they are, if they become one and none is on file yet
 */
public record RoleGrantRequest(
        @NotEmpty List<@NotNull LedgerRole> roles,
        @LedgerId String traineeId) {
}
