package org.cartledger.users.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.recording.LedgerRole;
import org.cartledger.http.input.LedgerId;

/**
 * A user to create.
 *
 * @param id        the name they sign in with, and the id every entry they record carries
 * @param password  their first password (12 characters or more); tell it to them out of band
 * @param roles     what they may do
 * @param traineeId the trainee they are (required with the role TRAINEE): they see that record only,
 *                  and never make entries in it
 */
public record NewUserRequest(
        @NotBlank @LedgerId String id,
        @NotNull @Size(min = LedgerUsers.MIN_PASSWORD_LENGTH, max = LedgerUsers.MAX_PASSWORD_BYTES) String password,
        @NotEmpty List<@NotNull LedgerRole> roles,
        @LedgerId String traineeId) {

    /** The trainee id as the accounts take it, once the field has been held to the id rule; null when none is given. */
    TraineeId trainee() {
        return traineeId == null ? null : new TraineeId(traineeId);
    }
}
