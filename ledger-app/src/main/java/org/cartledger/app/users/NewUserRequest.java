package org.cartledger.app.users;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.cartledger.api.recording.RecorderRole;
import org.cartledger.command.enrollment.EnrollTraineeRequest;

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
        @NotBlank @Pattern(regexp = NewUserRequest.USER_ID_PATTERN,
                message = "must be 1 to 64 letters, digits, '.', '_', '@' or '-', starting with a letter or digit") String id,
        @NotNull @Size(min = LedgerUsers.MIN_PASSWORD_LENGTH, max = LedgerUsers.MAX_PASSWORD_BYTES) String password,
        @NotEmpty List<@NotNull RecorderRole> roles,
        @Pattern(regexp = EnrollTraineeRequest.TRAINEE_ID_PATTERN, message = "must be a trainee id as enrolled") String traineeId) {

    /** No ':' (HTTP Basic separates the name from the password with it), no spaces, nothing to escape in a log. */
    static final String USER_ID_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$";
}
