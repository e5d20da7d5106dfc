package org.cartledger.users.accounts;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.cartledger.api.ids.TraineeId;
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

    /** The trainee id as the accounts take it, once the field has been held to the id rule; null when none is given. */
    TraineeId trainee() {
        return traineeId == null ? null : new TraineeId(traineeId);
    }
}
