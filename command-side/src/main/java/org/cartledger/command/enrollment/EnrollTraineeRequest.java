package org.cartledger.command.enrollment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.cartledger.api.enrollment.EligibilityEvidence;
import org.cartledger.api.enrollment.EnrollTraineeCommand;
import org.cartledger.api.enrollment.LengthApproval;
import org.cartledger.api.enrollment.Track;

/**
 * @param traineeId the hospital's identifier for the trainee, kept for life: letters, digits, '.', '_' and '-'
 * @param timeZone  the program site's zone; defaults to the ledger's configured zone
 */
public record EnrollTraineeRequest(
        @NotBlank @Pattern(regexp = TRAINEE_ID_PATTERN, message = "must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit")
        String traineeId,
        Instant occurredAt,
        @NotBlank @Size(max = 200) String fullName,
        @NotNull Track track,
        @NotNull @Valid EligibilityRequest eligibility,
        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate,
        @Size(max = 64) String timeZone,
        @Size(max = 64) String mentorId,
        @Valid LengthApprovalRequest lengthApproval) {

    public static final String TRAINEE_ID_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";

    EnrollTraineeCommand toCommand(String entryId, Instant at, String defaultTimeZone) {
        return new EnrollTraineeCommand(traineeId, entryId, at, fullName, track, eligibility.toEvidence(),
                startDate, endDate, timeZone != null ? timeZone : defaultTimeZone, mentorId,
                lengthApproval == null ? null : lengthApproval.toApproval());
    }

    public record EligibilityRequest(
            @Size(max = 200) String institution,
            @Size(max = 200) String programName,
            LocalDate completedOn,
            Boolean coreClerkshipsComplete,
            LocalDate deansLetterIssuedOn,
            LocalDate expectedGraduationOn) {

        EligibilityEvidence toEvidence() {
            return new EligibilityEvidence(institution, programName, completedOn, coreClerkshipsComplete,
                    deansLetterIssuedOn, expectedGraduationOn);
        }
    }

    public record LengthApprovalRequest(@Size(max = 2000) String reason, @Size(max = 64) String approvedBy) {

        LengthApproval toApproval() {
            return new LengthApproval(reason, approvedBy);
        }
    }
}
