package org.cartledger.audit.export;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.http.problem.Problems;
import org.cartledger.http.problem.Refusal;

/** The committee reports that cannot be given: a month that is not one, no such trainee, no review that month. */
final class CommitteeReportRules {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM").withResolverStyle(ResolverStyle.STRICT);

    private CommitteeReportRules() {
    }

    /** The month of the path, as a committee review names it (2026-03); a 400 naming the field otherwise. */
    static YearMonth month(String month) {
        try {
            return YearMonth.parse(month, MONTH);
        } catch (DateTimeParseException e) {
            throw Refusal.invalidField("month", "'" + month + "' is not a month: give it as YYYY-MM, such as 2026-03");
        }
    }

    static Refusal unknownTrainee(TraineeId traineeId) {
        return new Refusal(404, Problems.TRAINEE_NOT_FOUND, "No such trainee",
                "The ledger holds no enrollment for trainee '" + traineeId + "'. Check the id.");
    }

    static Refusal noReviewThatMonth(TraineeId traineeId, YearMonth month, List<YearMonth> monthsReviewed) {
        return new Refusal(404, "no-committee-review-that-month", "No committee review that month",
                "Trainee '" + traineeId + "' has no committee review recorded for " + month + ", so there is no report of it. "
                        + (monthsReviewed.isEmpty() ? "No month has been reviewed yet."
                        : "Months reviewed: " + String.join(", ", monthsReviewed.stream().map(YearMonth::toString).toList()) + "."))
                .with("monthsReviewed", monthsReviewed.stream().map(YearMonth::toString).toList());
    }
}
