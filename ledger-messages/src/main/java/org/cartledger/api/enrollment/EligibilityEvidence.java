package org.cartledger.api.enrollment;

import java.time.LocalDate;

/**
 * What the coordinator saw that makes a trainee eligible. Which fields are required depends on the
 * track: a fellow names the residency institution and its completion date, a resident the
 * board-approved program and its completion date, a student the medical school, that the core
 * clerkships are complete, and the dean's letter with the expected graduation date.
 */
public record EligibilityEvidence(
        String institution,
        String programName,
        LocalDate completedOn,
        Boolean coreClerkshipsComplete,
        LocalDate deansLetterIssuedOn,
        LocalDate expectedGraduationOn) {
}
