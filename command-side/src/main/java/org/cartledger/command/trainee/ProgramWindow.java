package org.cartledger.command.trainee;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.cartledger.command.refusal.RuleViolation;

/**
 * The days a trainee is in the program, in the program site's time zone. An entry must fall on one
 * of these days and must not lie in the future.
 */
record ProgramWindow(LocalDate startDate, LocalDate endDate, ZoneId zone) {

    /** Phones between rounds have clocks that drift; a few minutes ahead is not "in the future". */
    static final Duration CLOCK_SKEW_ALLOWANCE = Duration.ofMinutes(5);

    void requireContains(Instant occurredAt, Instant now) {
        requireNotInFuture(occurredAt, now);
        LocalDate day = occurredAt.atZone(zone).toLocalDate();
        if (day.isBefore(startDate) || day.isAfter(endDate)) {
            throw RuleViolation.unacceptable("entry-outside-program-dates",
                    "occurredAt " + occurredAt + " falls on " + day + " (" + zone + "), outside the program dates "
                            + startDate + " to " + endDate + ". Check the date, or extend the program first.");
        }
    }

    static void requireNotInFuture(Instant occurredAt, Instant now) {
        if (occurredAt.isAfter(now.plus(CLOCK_SKEW_ALLOWANCE))) {
            throw RuleViolation.unacceptable("entry-in-the-future",
                    "occurredAt " + occurredAt + " is in the future (server time " + now
                            + "). Record what has happened, when it happened.");
        }
    }

    ProgramWindow withEndDate(LocalDate newEndDate) {
        return new ProgramWindow(startDate, newEndDate, zone);
    }
}
