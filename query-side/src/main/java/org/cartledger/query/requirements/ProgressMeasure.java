package org.cartledger.query.requirements;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.cartledger.api.activity.SupervisionLevel;
import org.cartledger.api.catalog.ActivityType;
import org.cartledger.api.catalog.CatalogItem;
import org.cartledger.api.catalog.TrainingCatalog;
import org.cartledger.api.requirements.RequirementKind;
import org.cartledger.api.requirements.RequirementProgress;
import org.cartledger.api.requirements.RequirementSet;
import org.cartledger.api.requirements.RequirementSetView;
import org.cartledger.api.requirements.RequirementStatus;

/**
 * A trainee's progress against a requirement set, from what of their record counts. A procedure counts at the
 * level required or with less supervision (the order of {@link SupervisionLevel}); an entry that names no level
 * counts for none, since nobody can say it was done well enough. A milestone is the competency's latest level, not
 * its best: the committee judges where the trainee stands now.
 */
public final class ProgressMeasure {

    private ProgressMeasure() {
    }

    public static RequirementProgress of(ApplicableSet applied, CountedEntries counted) {
        RequirementSetView view = applied.set();
        RequirementSet set = view.requirements();
        List<RequirementStatus> statuses = new ArrayList<>();
        for (RequirementSet.ProcedureMinimum minimum : set.procedures()) {
            int done = (int) counted.procedureLevels().getOrDefault(minimum.procedure(), List.of()).stream()
                    .filter(Objects::nonNull).filter(level -> level.compareTo(minimum.atLeast()) >= 0).count();
            String name = name(minimum.procedure(), code -> TrainingCatalog.procedure(code).map(CatalogItem::name));
            RequirementStatus status = count(RequirementKind.PROCEDURE, minimum.procedure(), name, done, minimum.count(),
                    name + " at " + minimum.atLeast() + " or with less supervision");
            statuses.add(new RequirementStatus(status.kind(), status.code(), status.name(), status.done(), status.required(),
                    status.missing(), minimum.atLeast().name()));
        }
        for (String skill : set.skills()) {
            String name = name(skill, code -> TrainingCatalog.skill(code).map(CatalogItem::name));
            boolean signedOff = counted.skillsSignedOff().contains(skill);
            statuses.add(new RequirementStatus(RequirementKind.SKILL, skill, name, signedOff ? 1 : 0, 1,
                    signedOff ? null : name + " signed off"));
        }
        for (RequirementSet.AttendanceMinimum minimum : set.attendance()) {
            String name = name(minimum.activityType(), code -> TrainingCatalog.activityType(code).map(ActivityType::name));
            statuses.add(count(RequirementKind.ATTENDANCE, minimum.activityType(), name,
                    counted.attendanceByType().getOrDefault(minimum.activityType(), 0), minimum.count(), name + " attended"));
        }
        for (RequirementSet.MilestoneMinimum minimum : set.milestones()) {
            String name = name(minimum.competency(), code -> TrainingCatalog.competency(code).map(CatalogItem::name));
            Integer latest = counted.latestMilestones().get(minimum.competency());
            boolean met = latest != null && latest >= minimum.level();
            statuses.add(new RequirementStatus(RequirementKind.MILESTONE, minimum.competency(), name, latest == null ? 0 : latest,
                    minimum.level(), met ? null : name + " at milestone level " + minimum.level() + " or above ("
                    + (latest == null ? "not rated yet" : "latest " + latest) + ")"));
        }
        if (set.researchPresentations() > 0) {
            statuses.add(count(RequirementKind.RESEARCH_PRESENTATION, null, "Research presentations",
                    counted.researchPresentations(), set.researchPresentations(), "research presentation given"));
        }
        if (set.committeeReviews() > 0) {
            statuses.add(count(RequirementKind.COMMITTEE_REVIEW, null, "Committee reviews", counted.committeeReviews(),
                    set.committeeReviews(), "committee review"));
        }
        boolean met = statuses.stream().allMatch(RequirementStatus::met);
        return new RequirementProgress(view.track(), view.version(), view.effectiveFrom(), applied.basis(), List.copyOf(statuses),
                percent(statuses), met);
    }

    /** A count requirement; one of none required (a figure left at zero) is met and says nothing is missing. */
    private static RequirementStatus count(RequirementKind kind, String code, String name, int done, int required, String what) {
        String missing = done >= required ? null
                : (required - done) + " more " + what + " (" + done + " of " + required + ")";
        return new RequirementStatus(kind, code, name, done, required, missing);
    }

    /**
     * The mean of done / required over the requirements, each at most whole, rounded down: in exact fractions, so
     * that a mean of exactly one half is 50, never 49.999…, and 100 only when everything is met.
     */
    static int percent(List<RequirementStatus> statuses) {
        if (statuses.isEmpty()) {
            return 100;
        }
        BigInteger numerator = BigInteger.ZERO;
        BigInteger denominator = BigInteger.ONE;
        for (RequirementStatus status : statuses) {
            long required = Math.max(status.required(), 1);
            long done = status.met() ? required : Math.min(Math.max(status.done(), 0), required);
            numerator = numerator.multiply(BigInteger.valueOf(required)).add(BigInteger.valueOf(done).multiply(denominator));
            denominator = denominator.multiply(BigInteger.valueOf(required));
        }
        BigInteger hundredths = numerator.multiply(BigInteger.valueOf(100))
                .divide(denominator.multiply(BigInteger.valueOf(statuses.size())));
        int percent = hundredths.intValueExact();
        return statuses.stream().allMatch(RequirementStatus::met) ? 100 : Math.min(percent, 99);
    }

    /** The catalog's name for a code; the code itself for one the catalog no longer holds, so nothing goes missing. */
    private static String name(String code, Function<String, Optional<String>> lookUp) {
        return lookUp.apply(code).orElse(code);
    }
}
