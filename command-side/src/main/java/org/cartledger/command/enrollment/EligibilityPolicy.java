package org.cartledger.command.enrollment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cartledger.api.enrollment.EligibilityEvidence;
import org.cartledger.api.enrollment.Track;
import org.cartledger.command.refusal.RuleViolation;

/**
 * What must be on record, per track, before a trainee may start (from the program description):
 * fellows a completed medical-oncology residency, residents a completed board-approved program,
 * students their final year with core clerkships complete and a dean's letter naming the expected
 * graduation date.
 */
public final class EligibilityPolicy {

    private EligibilityPolicy() {
    }

    public static void check(Track track, EligibilityEvidence evidence, LocalDate programStart) {
        EligibilityEvidence given = evidence != null ? evidence : new EligibilityEvidence(null, null, null, null, null, null);
        List<String> missing = missingFields(track, given);
        if (!missing.isEmpty()) {
            throw RuleViolation.unacceptable("eligibility-evidence-missing",
                    "A " + track + " needs eligibility evidence: missing " + String.join(", ", missing) + ".");
        }
        switch (track) {
            case FELLOW, RESIDENT -> requireCompletedBy(given.completedOn(), programStart, track);
            case STUDENT -> checkStudent(given, programStart);
        }
    }

    private static List<String> missingFields(Track track, EligibilityEvidence e) {
        List<String> missing = new ArrayList<>();
        switch (track) {
            case FELLOW -> {
                if (isBlank(e.institution())) missing.add("eligibility.institution (where the residency was completed)");
                if (e.completedOn() == null) missing.add("eligibility.completedOn (residency completion date)");
            }
            case RESIDENT -> {
                if (isBlank(e.programName())) missing.add("eligibility.programName (the board-approved program)");
                if (e.completedOn() == null) missing.add("eligibility.completedOn (program completion date)");
            }
            case STUDENT -> {
                if (isBlank(e.institution())) missing.add("eligibility.institution (medical school)");
                if (!Boolean.TRUE.equals(e.coreClerkshipsComplete())) missing.add("eligibility.coreClerkshipsComplete (must be true)");
                if (e.deansLetterIssuedOn() == null) missing.add("eligibility.deansLetterIssuedOn (dean's letter of good standing)");
                if (e.expectedGraduationOn() == null) missing.add("eligibility.expectedGraduationOn");
            }
        }
        return missing;
    }

    private static void requireCompletedBy(LocalDate completedOn, LocalDate programStart, Track track) {
        if (completedOn.isAfter(programStart)) {
            throw RuleViolation.unacceptable("eligibility-not-yet-met",
                    "A " + track + " must have completed their training before the program starts: eligibility.completedOn "
                            + completedOn + " is after startDate " + programStart + ".");
        }
    }

    private static void checkStudent(EligibilityEvidence e, LocalDate programStart) {
        if (e.deansLetterIssuedOn().isAfter(programStart)) {
            throw RuleViolation.unacceptable("eligibility-not-yet-met",
                    "The dean's letter must be on hand when the program starts: eligibility.deansLetterIssuedOn "
                            + e.deansLetterIssuedOn() + " is after startDate " + programStart + ".");
        }
        if (e.expectedGraduationOn().isBefore(programStart)
                || e.expectedGraduationOn().isAfter(programStart.plusYears(1))) {
            throw RuleViolation.unacceptable("student-not-in-final-year",
                    "A student must be in their final year: eligibility.expectedGraduationOn "
                            + e.expectedGraduationOn() + " must fall within a year after startDate " + programStart + ".");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
