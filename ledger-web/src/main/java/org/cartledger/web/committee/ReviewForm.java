package org.cartledger.web.committee;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cartledger.api.committee.AutonomyLevel;
import org.cartledger.api.committee.CommitteeDecision;
import org.cartledger.api.committee.RecordCommitteeReviewCommand;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.http.input.TextRule;
import org.cartledger.web.language.TypedText;

/**
 * What the committee's review form sends: the month under review, the decision, the autonomy granted, the
 * committee's notes, the adjusted goals one per line, and the ledger position of the dashboard the committee
 * had on screen (set when the form was rendered, so the review records exactly what it was based on).
 */
record ReviewForm(String key, Long basedOnLedgerPosition, String reviewMonth, String decision, String autonomyGranted,
                  String overallPerformance, String researchProgress, String teamParticipation, String feedback,
                  String adjustedGoals) {

    static final int NOTES_MAX = 4000;
    static final int GOALS_MAX = 20;
    static final int GOAL_MAX = 500;
    static final List<String> FIELDS = List.of("reviewMonth", "decision", "autonomyGranted", "overallPerformance",
            "researchProgress", "teamParticipation", "feedback", "adjustedGoals");

    static ReviewForm empty(String key, long position, YearMonth month) {
        return new ReviewForm(key, position, month.toString(), null, null, "", "", "", "", "");
    }

    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (month() == null) {
            problems.put("reviewMonth", "committee.review.problem.month");
        }
        if (decisionOrNull() == null) {
            problems.put("decision", "committee.review.problem.choose");
        }
        if (autonomyOrNull() == null) {
            problems.put("autonomyGranted", "committee.review.problem.choose");
        }
        for (Map.Entry<String, String> note : Map.of("overallPerformance", text(overallPerformance), "researchProgress",
                text(researchProgress), "teamParticipation", text(teamParticipation), "feedback", text(feedback)).entrySet()) {
            if (note.getValue().length() > NOTES_MAX) {
                problems.put(note.getKey(), "committee.review.problem.tooLong");
            } else if (!TextRule.allows(note.getValue(), true)) {
                problems.put(note.getKey(), "committee.review.problem.control");
            }
        }
        List<String> goals = goals();
        if (goals.size() > GOALS_MAX || goals.stream().anyMatch(goal -> goal.length() > GOAL_MAX)) {
            problems.put("adjustedGoals", "committee.review.problem.goals");
        } else if (goals.stream().anyMatch(goal -> !TextRule.allows(goal, false))) {
            problems.put("adjustedGoals", "committee.review.problem.control");
        }
        if (basedOnLedgerPosition == null || basedOnLedgerPosition < 0) {
            problems.put("form", "committee.review.problem.position");
        }
        return problems;
    }

    RecordCommitteeReviewCommand command(TraineeId traineeId, String entryId, java.time.Instant occurredAt) {
        return new RecordCommitteeReviewCommand(traineeId, entryId, occurredAt, month(), decisionOrNull(), autonomyOrNull(),
                orNull(overallPerformance), orNull(researchProgress), orNull(teamParticipation), orNull(feedback), goals(),
                basedOnLedgerPosition);
    }

    /** One goal per line; blank lines are none. */
    List<String> goals() {
        return adjustedGoals == null ? List.of() : Arrays.stream(adjustedGoals.split("\\R")).map(String::strip)
                .filter(goal -> !goal.isEmpty()).toList();
    }

    YearMonth month() {
        try {
            return reviewMonth == null ? null : YearMonth.parse(reviewMonth.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    CommitteeDecision decisionOrNull() {
        return Arrays.stream(CommitteeDecision.values()).filter(known -> known.name().equals(decision)).findFirst().orElse(null);
    }

    AutonomyLevel autonomyOrNull() {
        return Arrays.stream(AutonomyLevel.values()).filter(known -> known.name().equals(autonomyGranted)).findFirst().orElse(null);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static String orNull(String value) {
        return TypedText.of(value);
    }
}
