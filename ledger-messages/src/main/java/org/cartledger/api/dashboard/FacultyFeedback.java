package org.cartledger.api.dashboard;

import java.time.Instant;

/** One faculty member's individual feedback: strengths, areas for improvement, career development. */
public record FacultyFeedback(
        String entryId,
        Instant givenAt,
        String facultyId,
        String strengths,
        String areasForImprovement,
        String careerDevelopment) {
}
