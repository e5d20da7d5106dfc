package org.cartledger.command.requirements;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.cartledger.api.catalog.TrainingCatalog;
import org.cartledger.api.requirements.RequirementSet;
import org.cartledger.api.requirements.RequirementSet.AttendanceMinimum;
import org.cartledger.api.requirements.RequirementSet.MilestoneMinimum;
import org.cartledger.api.requirements.RequirementSet.ProcedureMinimum;
import org.cartledger.command.refusal.RuleViolation;

/**
 * A requirement set says exactly one thing for each requirement: every code is the catalog's, every count at least
 * one, every milestone level one of the scale's, nothing named twice (two minimums for one procedure would leave
 * which one counts to whoever reads it). Each refusal names the field, as the request spelled it.
 */
final class RequirementSetPolicy {

    private RequirementSetPolicy() {
    }

    static void check(RequirementSet set) {
        List<ProcedureMinimum> procedures = set.procedures();
        for (int i = 0; i < procedures.size(); i++) {
            ProcedureMinimum minimum = procedures.get(i);
            String field = "requirements.procedures[" + i + "]";
            known(field + ".procedure", minimum.procedure(), code -> TrainingCatalog.procedure(code).isPresent());
            atLeastOne(field + ".count", minimum.count());
            if (minimum.atLeast() == null) {
                throw refuse(field + ".atLeast", "must name the least supervision a performance counts at (OBSERVED, ASSISTED, "
                        + "DIRECT_SUPERVISION, INDIRECT_SUPERVISION or INDEPENDENT).");
            }
        }
        once("requirements.procedures", procedures, ProcedureMinimum::procedure);
        for (int i = 0; i < set.skills().size(); i++) {
            known("requirements.skills[" + i + "]", set.skills().get(i), code -> TrainingCatalog.skill(code).isPresent());
        }
        once("requirements.skills", set.skills(), Function.identity());
        List<AttendanceMinimum> attendance = set.attendance();
        for (int i = 0; i < attendance.size(); i++) {
            String field = "requirements.attendance[" + i + "]";
            known(field + ".activityType", attendance.get(i).activityType(), code -> TrainingCatalog.activityType(code).isPresent());
            atLeastOne(field + ".count", attendance.get(i).count());
        }
        once("requirements.attendance", attendance, AttendanceMinimum::activityType);
        List<MilestoneMinimum> milestones = set.milestones();
        for (int i = 0; i < milestones.size(); i++) {
            String field = "requirements.milestones[" + i + "]";
            known(field + ".competency", milestones.get(i).competency(), code -> TrainingCatalog.competency(code).isPresent());
            if (!TrainingCatalog.isMilestoneLevel(milestones.get(i).level())) {
                throw refuse(field + ".level", "must be a milestone level from " + TrainingCatalog.LOWEST_MILESTONE_LEVEL + " to "
                        + TrainingCatalog.HIGHEST_MILESTONE_LEVEL + ", was " + milestones.get(i).level() + ".");
            }
        }
        once("requirements.milestones", milestones, MilestoneMinimum::competency);
        notNegative("requirements.researchPresentations", set.researchPresentations());
        notNegative("requirements.committeeReviews", set.committeeReviews());
    }

    private static void known(String field, String code, java.util.function.Predicate<String> inCatalog) {
        if (code == null || !inCatalog.test(code)) {
            throw RuleViolation.unacceptable("not-in-catalog", field + " '" + code + "' is not in the program's catalog "
                    + "(GET /api/catalog lists it).");
        }
    }

    private static void atLeastOne(String field, int count) {
        if (count < 1) {
            throw refuse(field, "must be at least 1, was " + count + ". Leave out what is not required.");
        }
    }

    private static void notNegative(String field, int count) {
        if (count < 0) {
            throw refuse(field, "must be 0 (not required) or more, was " + count + ".");
        }
    }

    private static <T> void once(String field, List<T> items, Function<T, String> codeOf) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            if (!seen.add(codeOf.apply(item))) {
                throw RuleViolation.unacceptable("requirement-named-twice", field + " names '" + codeOf.apply(item)
                        + "' twice; each requirement once, with the one minimum that counts.");
            }
        }
    }

    private static RuntimeException refuse(String field, String why) {
        return RuleViolation.unacceptable("requirement-set-invalid", field + " " + why);
    }
}
