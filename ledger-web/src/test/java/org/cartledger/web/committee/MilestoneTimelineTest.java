package org.cartledger.web.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.cartledger.api.committee.AutonomyLevel;
import org.cartledger.api.committee.CommitteeDecision;
import org.cartledger.api.dashboard.CommitteeReviewSummary;
import org.cartledger.api.dashboard.MilestoneRating;
import org.junit.jupiter.api.Test;

class MilestoneTimelineTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void putsTheRatingsOfOneDayInOneRowTheLaterRatingOfACompetencyCounting() {
        List<MilestoneTimeline.Row> rows = MilestoneTimeline.of(Dashboards.withRatings(
                new MilestoneRating("e1", at(3, 31, 9), "PATIENT_CARE", 2),
                new MilestoneRating("e2", at(3, 31, 16), "PATIENT_CARE", 3),
                new MilestoneRating("e2", at(3, 31, 16), "PROFESSIONALISM", 4),
                new MilestoneRating("e3", at(4, 30, 10), "PATIENT_CARE", 4)), null, null, SHANGHAI);

        assertThat(rows).extracting(MilestoneTimeline.Row::day).containsExactly(LocalDate.of(2025, 3, 31), LocalDate.of(2025, 4, 30));
        assertThat(rows.get(0).levels()).isEqualTo(Map.of("PATIENT_CARE", 3, "PROFESSIONALISM", 4));
        assertThat(rows.get(1).level("PROFESSIONALISM")).isNull();
    }

    @Test
    void countsARatingOnItsDayInTheProgramsTimeZoneNotInUtc() {
        // 23:30 UTC on 31 March is 07:30 on 1 April in Shanghai
        Instant lateInUtc = Instant.parse("2025-03-31T23:30:00Z");
        List<MilestoneTimeline.Row> rows = MilestoneTimeline.of(Dashboards.withRatings(
                new MilestoneRating("e1", lateInUtc, "PATIENT_CARE", 2)), null, null, SHANGHAI);

        assertThat(rows.get(0).day()).isEqualTo(LocalDate.of(2025, 4, 1));
    }

    @Test
    void marksTheLastReviewOnItsDayWithTheLevelsTheCommitteeSawThen() {
        var dashboard = Dashboards.withRatings(
                new MilestoneRating("e1", at(3, 31, 10), "PATIENT_CARE", 2),
                new MilestoneRating("e2", at(4, 30, 10), "PATIENT_CARE", 4));
        CommitteeReviewSummary review = new CommitteeReviewSummary("r1", YearMonth.of(2025, 4), at(4, 15, 10),
                CommitteeDecision.ON_TRACK, AutonomyLevel.DIRECT_SUPERVISION, null, null, null, null, List.of());
        var seenThen = Dashboards.withLevels(Map.of("PATIENT_CARE", 2));

        List<MilestoneTimeline.Row> rows = MilestoneTimeline.of(dashboard, review, seenThen, SHANGHAI);

        assertThat(rows).extracting(MilestoneTimeline.Row::day)
                .containsExactly(LocalDate.of(2025, 3, 31), LocalDate.of(2025, 4, 15), LocalDate.of(2025, 4, 30));
        assertThat(rows.get(1).isReview()).isTrue();
        assertThat(rows.get(1).reviewMonth()).isEqualTo(YearMonth.of(2025, 4));
        assertThat(rows.get(1).levels()).isEqualTo(Map.of("PATIENT_CARE", 2));
        assertThat(rows.get(0).isReview()).isFalse();
    }

    @Test
    void putsAReviewAfterTheRatingsOfItsOwnDay() {
        var dashboard = Dashboards.withRatings(new MilestoneRating("e1", at(4, 15, 9), "PATIENT_CARE", 2));
        CommitteeReviewSummary review = new CommitteeReviewSummary("r1", YearMonth.of(2025, 4), at(4, 15, 17),
                CommitteeDecision.ON_TRACK, AutonomyLevel.DIRECT_SUPERVISION, null, null, null, null, List.of());

        List<MilestoneTimeline.Row> rows = MilestoneTimeline.of(dashboard, review, Dashboards.withLevels(Map.of("PATIENT_CARE", 2)), SHANGHAI);

        assertThat(rows).extracting(MilestoneTimeline.Row::isReview).containsExactly(false, true);
    }

    @Test
    void marksNoReviewWhenItsViewCouldNotBeRebuilt() {
        var dashboard = Dashboards.withRatings(new MilestoneRating("e1", at(3, 31, 10), "PATIENT_CARE", 2));
        CommitteeReviewSummary review = new CommitteeReviewSummary("r1", YearMonth.of(2025, 4), at(4, 15, 10),
                CommitteeDecision.ON_TRACK, AutonomyLevel.DIRECT_SUPERVISION, null, null, null, null, List.of());

        assertThat(MilestoneTimeline.of(dashboard, review, null, SHANGHAI)).noneMatch(MilestoneTimeline.Row::isReview);
    }

    private static Instant at(int month, int day, int hour) {
        return LocalDate.of(2025, month, day).atTime(hour, 0).atZone(SHANGHAI).toInstant();
    }
}
