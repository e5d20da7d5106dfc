package org.cartledger.web.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.replay.FindDashboardAsItStoodQuery;
import org.junit.jupiter.api.Test;

class AsItStoodChoiceTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void aDayAsksForTheLedgerAtTheEndOfThatDay() {
        assertThat(AsItStoodChoice.of(new TraineeId("F-1"), "2025-04-30", null, "", SHANGHAI))
                .isEqualTo(new AsItStoodChoice(FindDashboardAsItStoodQuery.atTheEndOf(new TraineeId("F-1"), LocalDate.of(2025, 4, 30)), null));
    }

    @Test
    void anInstantIsReadInTheProgramsTimeZoneToTheSecond() {
        assertThat(AsItStoodChoice.of(new TraineeId("F-1"), "", "2025-04-30T08:15:30", null, SHANGHAI).query())
                .isEqualTo(FindDashboardAsItStoodQuery.recordedBy(new TraineeId("F-1"), Instant.parse("2025-04-30T00:15:30Z")));
        assertThat(AsItStoodChoice.of(new TraineeId("F-1"), null, "2025-04-30T08:15", null, SHANGHAI).query().recordedAt())
                .isEqualTo(Instant.parse("2025-04-30T00:15:00Z"));
    }

    @Test
    void aReviewAsksForItsReproduction() {
        assertThat(AsItStoodChoice.of(new TraineeId("F-1"), null, null, " review-1 ", SHANGHAI).query())
                .isEqualTo(FindDashboardAsItStoodQuery.seenInReview(new TraineeId("F-1"), "review-1"));
    }

    @Test
    void nothingPickedOrMoreThanOneIsAProblemAndAsksNothing() {
        assertThat(AsItStoodChoice.of(new TraineeId("F-1"), null, " ", "", SHANGHAI)).isEqualTo(new AsItStoodChoice(null, "committee.asOf.none"));
        assertThat(AsItStoodChoice.of(new TraineeId("F-1"), "2025-04-30", null, "review-1", SHANGHAI))
                .isEqualTo(new AsItStoodChoice(null, "committee.asOf.many"));
    }

    @Test
    void aDateOrTimeThatCannotBeReadSaysWhich() {
        assertThat(AsItStoodChoice.of(new TraineeId("F-1"), "30/04/2025", null, null, SHANGHAI).problem()).isEqualTo("committee.asOf.badDate");
        assertThat(AsItStoodChoice.of(new TraineeId("F-1"), null, "2025-04-30 8am", null, SHANGHAI).problem()).isEqualTo("committee.asOf.badTime");
    }
}
