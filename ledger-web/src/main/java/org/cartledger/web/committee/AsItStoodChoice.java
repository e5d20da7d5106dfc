package org.cartledger.web.committee;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.replay.FindDashboardAsItStoodQuery;

/**
 * What the committee picked on the "as it stood" form, as a query: a day ({@code on}, the ledger at the end
 * of it), a recorded instant ({@code at}, a date and time in the program's time zone, as a
 * {@code datetime-local} field sends it) or a past review ({@code review}, its entry id). Exactly one;
 * anything else is a problem the form shows, and nothing is asked of the ledger.
 *
 * @param query   the question for the ledger; null when there is a problem
 * @param problem the message key of what is wrong with the choice; null when there is none
 */
record AsItStoodChoice(FindDashboardAsItStoodQuery query, String problem) {

    static AsItStoodChoice of(TraineeId traineeId, String on, String at, String review, ZoneId zone) {
        List<String> given = new ArrayList<>();
        if (filled(on)) {
            given.add("on");
        }
        if (filled(at)) {
            given.add("at");
        }
        if (filled(review)) {
            given.add("review");
        }
        if (given.isEmpty()) {
            return problem("committee.asOf.none");
        }
        if (given.size() > 1) {
            return problem("committee.asOf.many");
        }
        try {
            if (filled(on)) {
                return new AsItStoodChoice(FindDashboardAsItStoodQuery.atTheEndOf(traineeId, LocalDate.parse(on.trim())), null);
            }
            if (filled(at)) {
                return new AsItStoodChoice(FindDashboardAsItStoodQuery.recordedBy(traineeId,
                        LocalDateTime.parse(at.trim()).atZone(zone).toInstant()), null);
            }
        } catch (DateTimeParseException e) {
            return problem(filled(on) ? "committee.asOf.badDate" : "committee.asOf.badTime");
        }
        return new AsItStoodChoice(FindDashboardAsItStoodQuery.seenInReview(traineeId, review.trim()), null);
    }

    private static AsItStoodChoice problem(String key) {
        return new AsItStoodChoice(null, key);
    }

    private static boolean filled(String value) {
        return value != null && !value.isBlank();
    }
}
