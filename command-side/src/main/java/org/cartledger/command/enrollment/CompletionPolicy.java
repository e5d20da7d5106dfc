package org.cartledger.command.enrollment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cartledger.api.enrollment.CompletionWaiver;
import org.cartledger.api.requirements.RequirementProgress;
import org.cartledger.command.refusal.RuleViolation;

/**
 * A program is completed only after its minimum length, two weeks (its {@value ProgramLengthPolicy#SHORTEST_DAYS}th
 * day at the earliest, counted as {@link ProgramLengthPolicy} counts a program's days), with at least one
 * committee review on record that has not been corrected and took place by then (a completion dated before the
 * only review would say the program closed without one), and with every requirement of the trainee's requirement
 * set met. Anything else needs a waiver (an exception): the reason and who approved it, kept in the completion.
 * The refusal lists everything missing, so that nobody has to find it out one refusal at a time.
 */
public final class CompletionPolicy {

    private CompletionPolicy() {
    }

    /**
     * @param completedOn    the program day of the completion, in the program's zone
     * @param reviewsOnRecord committee reviews on record that took place by the completion, not counting corrected ones
     * @param progress        the trainee's progress against their requirement set; null when their track has none,
     *                        which is missing too
     */
    public static void check(LocalDate startDate, LocalDate completedOn, int reviewsOnRecord, RequirementProgress progress,
                             CompletionWaiver waiver) {
        List<String> missing = new ArrayList<>();
        LocalDate earliest = earliestCompletion(startDate);
        if (completedOn.isBefore(earliest)) {
            missing.add("two weeks in the program (completion on " + completedOn + "; the earliest is " + earliest + ")");
        }
        if (reviewsOnRecord == 0) {
            missing.add("a committee review on record (none took place by the completion's date, or each was corrected)");
        }
        if (progress == null) {
            // the ledger records a set per track at its first start; none means it could not yet, and nothing is let through
            missing.add("a requirement set for the trainee's track (none is on record yet; the coordinator defines one at "
                    + "POST /api/requirement-sets/{track})");
        } else {
            missing.addAll(progress.missing().stream()
                    .map(what -> what + " (requirement set " + progress.track() + " version " + progress.version() + ")").toList());
        }
        if (waiver != null && (isBlank(waiver.reason()) || isBlank(waiver.approvedBy()))) {
            throw RuleViolation.unacceptable("completion-waiver-incomplete",
                    "A waiver needs both waiver.reason and waiver.approvedBy (a coordinator or faculty member).");
        }
        if (!missing.isEmpty() && waiver == null) {
            throw RuleViolation.unacceptable("completion-requirements-not-met",
                    "The program cannot be completed yet: missing " + String.join("; and ", missing) + ". Record what is "
                            + "missing first, or, in special circumstances, complete it with a waiver approved by a member "
                            + "of the committee: \"waiver\":{\"reason\":…,\"approvedBy\":…}.");
        }
    }

    /** A two-week program from the 1st to the 14th is complete on the 14th. */
    public static LocalDate earliestCompletion(LocalDate startDate) {
        return startDate.plusDays(ProgramLengthPolicy.SHORTEST_DAYS - 1);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
