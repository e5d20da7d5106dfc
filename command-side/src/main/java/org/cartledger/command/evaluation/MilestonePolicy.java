package org.cartledger.command.evaluation;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cartledger.api.catalog.CatalogItem;
import org.cartledger.api.catalog.TrainingCatalog;
import org.cartledger.command.refusal.RuleViolation;

/**
 * Rotation evaluations rate all six core competencies on milestone levels 1 to 5; a technical
 * assessment rates one area on the same scale.
 */
public final class MilestonePolicy {

    private MilestonePolicy() {
    }

    public static void checkRotationRatings(Map<String, Integer> levels) {
        Map<String, Integer> given = levels != null ? levels : Map.of();
        Set<String> unknown = new TreeSet<>(given.keySet());
        TrainingCatalog.competencies().forEach(c -> unknown.remove(c.code()));
        if (!unknown.isEmpty()) {
            throw RuleViolation.unacceptable("not-in-catalog",
                    "milestoneLevels names competencies that are not core competencies: " + unknown
                            + ". Rate exactly these: " + competencyCodes() + ".");
        }
        Set<String> missing = new TreeSet<>();
        for (CatalogItem competency : TrainingCatalog.competencies()) {
            if (given.get(competency.code()) == null) {
                missing.add(competency.code());
            }
        }
        if (!missing.isEmpty()) {
            throw RuleViolation.unacceptable("all-competencies-rated",
                    "A rotation evaluation rates all six core competencies; milestoneLevels is missing " + missing + ".");
        }
        given.forEach((competency, level) -> checkLevel("milestoneLevels." + competency, level));
    }

    public static void checkLevel(String field, int level) {
        if (!TrainingCatalog.isMilestoneLevel(level)) {
            throw RuleViolation.unacceptable("milestone-level-range",
                    field + " is " + level + "; milestone levels run from " + TrainingCatalog.LOWEST_MILESTONE_LEVEL
                            + " to " + TrainingCatalog.HIGHEST_MILESTONE_LEVEL + ".");
        }
    }

    private static String competencyCodes() {
        return TrainingCatalog.competencies().stream().map(CatalogItem::code).toList().toString();
    }
}
