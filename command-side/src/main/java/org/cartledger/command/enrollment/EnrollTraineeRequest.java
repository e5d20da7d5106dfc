package org.cartledger.command.enrollment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.cartledger.api.enrollment.EligibilityEvidence;
import org.cartledger.api.enrollment.EnrollTraineeCommand;
import org.cartledger.api.enrollment.LengthApproval;
import org.cartledger.api.enrollment.Track;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.http.input.LedgerId;
import org.cartledger.http.input.MultilineText;

/**
 * @param traineeId the hospital's identifier for the trainee, kept for life: see {@link LedgerId}
 * @param timeZone  the program site's zone; defaults to the ledger's configured zone
 */
public record EnrollTraineeRequest(
        @NotBlank @LedgerId
        String traineeId,
        Instant occurredAt,
        @NotBlank @Size(max = 200) String fullName,
        @NotNull Track track,
        @NotNull @Valid EligibilityRequest eligibility,
        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate,
        @Size(max = 64) String timeZone,
        @LedgerId String mentorId,
        @Valid LengthApprovalRequest lengthApproval) {

    /** The id as the messages carry it; the body holds the plain string so that a bad one is refused naming the field. */
    TraineeId trainee() {
        return new TraineeId(traineeId);
    }

    EnrollTraineeCommand toCommand(String entryId, Instant at, String defaultTimeZone) {
        return new EnrollTraineeCommand(trainee(), entryId, at, fullName, track, eligibility.toEvidence(),
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

    public record LengthApprovalRequest(@MultilineText @Size(max = 2000) String reason, @LedgerId String approvedBy) {

        LengthApproval toApproval() {
            return new LengthApproval(reason, approvedBy);
        }
    }
}
