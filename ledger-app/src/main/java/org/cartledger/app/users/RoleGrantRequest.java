package org.cartledger.app.users;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.cartledger.api.recording.RecorderRole;
import org.cartledger.command.enrollment.EnrollTraineeRequest;

/**
 * Roles to add to a user.
 *
 * @param traineeId the trainee they are, if they become one and none is on file yet
 */
public record RoleGrantRequest(
        @NotEmpty List<@NotNull RecorderRole> roles,
        @Pattern(regexp = EnrollTraineeRequest.TRAINEE_ID_PATTERN, message = "must be a trainee id as enrolled") String traineeId) {
}
