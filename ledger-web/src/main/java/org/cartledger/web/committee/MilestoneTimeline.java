package org.cartledger.web.committee;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cartledger.api.dashboard.CommitteeReviewSummary;
import org.cartledger.api.dashboard.CompetencyStatus;
import org.cartledger.api.dashboard.MilestoneRating;
import org.cartledger.api.dashboard.TraineeDashboardView;

/**
 * The milestone chart's rows: one per day on which an evaluation rated a competency (in the program's
 * time zone; of two ratings of one competency on one day the later counts), and one for the last committee
 * review, on its day, with the levels the committee saw then (its reproduction), so that the chart marks
 * where the committee stood.
 */
final class MilestoneTimeline {

    /** @param reviewMonth the review's month on the review's row; null on a row of ratings */
    record Row(LocalDate day, Map<String, Integer> levels, YearMonth reviewMonth) {

        public boolean isReview() {
            return reviewMonth != null;
        }

        public Integer level(String competency) {
            return levels.get(competency);
        }
    }

    private MilestoneTimeline() {
    }

    /**
     * @param lastReview the review to mark; null when there is none
     * @param seenThen   the dashboard as that review saw it; null when it could not be rebuilt
     */
    static List<Row> of(TraineeDashboardView dashboard, CommitteeReviewSummary lastReview, TraineeDashboardView seenThen,
                        ZoneId zone) {
        TreeMap<LocalDate, Map<String, Integer>> byDay = new TreeMap<>();
        dashboard.milestoneHistory().stream().sorted(Comparator.comparing(MilestoneRating::occurredAt))
                .forEach(rating -> byDay.computeIfAbsent(rating.occurredAt().atZone(zone).toLocalDate(), day -> new LinkedHashMap<>())
                        .put(rating.competency(), rating.level()));
        List<Row> rows = new ArrayList<>();
        byDay.forEach((day, levels) -> rows.add(new Row(day, Map.copyOf(levels), null)));
        if (lastReview != null && seenThen != null) {
            Map<String, Integer> seen = new LinkedHashMap<>();
            for (CompetencyStatus competency : seenThen.competencies()) {
                if (competency.latestLevel() != null) {
                    seen.put(competency.competency(), competency.latestLevel());
                }
            }
            LocalDate day = lastReview.reviewedAt().atZone(zone).toLocalDate();
            int at = 0;
            // after the ratings of its own day: the committee met on what was rated by then
            while (at < rows.size() && !rows.get(at).day().isAfter(day)) {
                at++;
            }
            rows.add(at, new Row(day, Map.copyOf(seen), lastReview.reviewMonth()));
        }
        return List.copyOf(rows);
    }
}
