package org.cartledger.api.requirements;

import java.util.List;
import org.cartledger.api.activity.SupervisionLevel;

/**
 * What a track of the program requires for completion: minimum counts of procedures at or above a level of
 * supervision, skills signed off, minimum attendance per activity type, minimum milestone levels per
 * competency at completion, research presentations given and committee reviews held. Codes are the
 * catalog's ({@link org.cartledger.api.catalog.TrainingCatalog}). A requirement left out is not required.
 */
public record RequirementSet(
        List<ProcedureMinimum> procedures,
        List<String> skills,
        List<AttendanceMinimum> attendance,
        List<MilestoneMinimum> milestones,
        int researchPresentations,
        int committeeReviews) {

    public RequirementSet {
        procedures = procedures == null ? List.of() : List.copyOf(procedures);
        skills = skills == null ? List.of() : List.copyOf(skills);
        attendance = attendance == null ? List.of() : List.copyOf(attendance);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }

    /**
     * At least {@code count} of a procedure performed at {@code atLeast} or with less supervision (e.g. five simulated
     * CAR-T infusions performed under direct supervision or better); an entry without a level does not count.
     */
    public record ProcedureMinimum(String procedure, int count, SupervisionLevel atLeast) {
    }

    /** At least {@code count} attendances of an activity type. */
    public record AttendanceMinimum(String activityType, int count) {
    }

    /** The competency's latest milestone rating at completion is at least {@code level} (1 to 5). */
    public record MilestoneMinimum(String competency, int level) {
    }
}
