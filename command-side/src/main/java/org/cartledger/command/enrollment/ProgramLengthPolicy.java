package org.cartledger.command.enrollment;

import java.time.LocalDate;
import org.cartledger.api.enrollment.LengthApproval;
import org.cartledger.command.refusal.RuleViolation;

/**
 * The program runs 2 weeks to 6 months. Other lengths are allowed "in special circumstances", which
 * the ledger takes to mean: only with the reason and the name of who approved it on record.
 */
public final class ProgramLengthPolicy {

    public static final int SHORTEST_DAYS = 14;
    public static final int LONGEST_MONTHS = 6;

    private ProgramLengthPolicy() {
    }

    public static void check(LocalDate startDate, LocalDate endDate, LengthApproval approval) {
        if (endDate.isBefore(startDate)) {
            throw RuleViolation.unacceptable("program-ends-before-it-starts",
                    "endDate " + endDate + " is before startDate " + startDate + ".");
        }
        if (isStandardLength(startDate, endDate)) {
            return;
        }
        if (approval == null || isBlank(approval.reason()) || isBlank(approval.approvedBy())) {
            throw RuleViolation.unacceptable("program-length-needs-approval",
                    "A program from " + startDate + " to " + endDate + " is outside the standard " + SHORTEST_DAYS
                            + " days to " + LONGEST_MONTHS + " months. Give lengthApproval.reason and "
                            + "lengthApproval.approvedBy for a special arrangement, or change the dates.");
        }
    }

    /** Both ends count as program days: a program from the 1st to the 14th is two weeks. */
    public static boolean isStandardLength(LocalDate startDate, LocalDate endDate) {
        return !endDate.isBefore(startDate.plusDays(SHORTEST_DAYS - 1))
                && !endDate.isAfter(startDate.plusMonths(LONGEST_MONTHS).minusDays(1));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
