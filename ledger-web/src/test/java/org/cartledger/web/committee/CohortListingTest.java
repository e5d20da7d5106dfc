package org.cartledger.web.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.cartledger.api.cohort.Attention;
import org.cartledger.api.cohort.CohortMemberView;
import org.cartledger.api.cohort.CommitteeStanding;
import org.cartledger.api.cohort.TraineeStatus;
import org.cartledger.api.committee.AutonomyLevel;
import org.cartledger.api.committee.CommitteeDecision;
import org.cartledger.api.dashboard.CommitteeReviewSummary;
import org.cartledger.api.enrollment.Track;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.web.committee.CohortListing.Member;
import org.junit.jupiter.api.Test;

/** The cohort as the committee filters and sorts it, on 15 May 2025. */
class CohortListingTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 5, 15);

    private static final CohortMemberView WANG = trainee("F-001", "王小明", Track.FELLOW, TraineeStatus.ENROLLED,
            LocalDate.of(2025, 8, 31), standing("F-001", YearMonth.of(2025, 4), AutonomyLevel.DIRECT_SUPERVISION,
                    Attention.NO_REVIEW_THIS_MONTH, Attention.MILESTONE_FALLING));
    private static final CohortMemberView LIN = trainee("F-002", "Lin Mei", Track.FELLOW, TraineeStatus.ENROLLED,
            LocalDate.of(2025, 6, 30), standing("F-002", YearMonth.of(2025, 5), AutonomyLevel.INDIRECT_SUPERVISION));
    private static final CohortMemberView ZHOU = trainee("R-001", "周杰", Track.RESIDENT, TraineeStatus.ENROLLED,
            LocalDate.of(2025, 5, 31), standing("R-001", null, null, Attention.NO_REVIEW_THIS_MONTH));
    private static final CohortMemberView CHEN = trainee("S-001", "Chen Tao", Track.STUDENT, TraineeStatus.COMPLETED,
            LocalDate.of(2025, 3, 31), standing("S-001", YearMonth.of(2025, 3), AutonomyLevel.INDEPENDENT_MANAGEMENT));
    private static final CohortMemberView BEHIND = trainee("S-002", "Ahmed Ali", Track.STUDENT, TraineeStatus.ENROLLED,
            LocalDate.of(2025, 7, 31), null);
    private static final List<CohortMemberView> COHORT = List.of(WANG, LIN, ZHOU, CHEN, BEHIND);

    @Test
    void withNothingChosenListsThoseInProgressFirstThenByName() {
        assertThat(ids(CohortListing.of(null, null, null, null, null, null))).containsExactly("S-002", "F-002", "R-001", "F-001", "S-001");
    }

    @Test
    void onlyThoseNeedingAttentionLeavesOutTheReviewedAndTheClosedAndThoseNotYetKnown() {
        assertThat(ids(CohortListing.of(null, null, "needs", null, null, null))).containsExactly("R-001", "F-001");
    }

    @Test
    void filtersByStatusTrackAndANameTogether() {
        assertThat(ids(CohortListing.of("ENROLLED", "FELLOW", null, null, null, null))).containsExactly("F-002", "F-001");
        assertThat(ids(CohortListing.of("ENROLLED", "FELLOW", null, "小明", null, null))).containsExactly("F-001");
        assertThat(ids(CohortListing.of("COMPLETED", null, null, null, null, null))).containsExactly("S-001");
        assertThat(ids(CohortListing.of(null, "RESIDENT", "needs", "lin", null, null))).isEmpty();
    }

    @Test
    void sortsByDaysLeftEitherWay() {
        assertThat(ids(CohortListing.of("ENROLLED", null, null, null, "days-left", "asc"))).containsExactly("R-001", "F-002", "S-002", "F-001");
        assertThat(ids(CohortListing.of("ENROLLED", null, null, null, "days-left", "desc"))).containsExactly("F-001", "S-002", "F-002", "R-001");
    }

    @Test
    void sortsByLastReviewWithTheNeverReviewedFirst() {
        assertThat(ids(CohortListing.of(null, null, null, null, "last-review", null))).containsExactly("S-002", "R-001", "S-001", "F-001", "F-002");
    }

    @Test
    void sortsByAutonomyAndByHowManyReasonsForAttention() {
        assertThat(ids(CohortListing.of(null, null, null, null, "autonomy", "desc")).get(0)).isEqualTo("S-001");
        assertThat(ids(CohortListing.of(null, null, null, null, "attention", "desc"))).startsWith("F-001", "R-001");
    }

    @Test
    void aValueThePageDoesNotOfferIsTakenAsAnyAndTheFormSaysSo() {
        CohortListing listing = CohortListing.of("DELETED", "SURGEON", "maybe", "  ", "salary", "desc");

        assertThat(listing.status()).isNull();
        assertThat(listing.track()).isNull();
        assertThat(listing.attentionOnly()).isFalse();
        assertThat(listing.sort()).isNull();
        assertThat(listing.descending()).isFalse();
        assertThat(listing.filtered()).isFalse();
        assertThat(ids(listing)).hasSize(COHORT.size());
    }

    @Test
    void theHeaderOfTheSortedColumnSaysWhichWay() {
        CohortListing listing = CohortListing.of(null, null, null, null, "name", "desc");

        assertThat(listing.ariaSort(CohortListing.Column.NAME)).isEqualTo("descending");
        assertThat(listing.ariaSort(CohortListing.Column.DAYS_LEFT)).isEqualTo("none");
    }

    @Test
    void daysLeftAreCountedInTheProgramsDaysAndAreNoneOnceClosed() {
        assertThat(Member.of(ZHOU, TODAY).daysLeft()).isEqualTo(16);
        assertThat(Member.of(CHEN, TODAY).daysLeft()).isZero();
    }

    private static List<String> ids(CohortListing listing) {
        return listing.apply(COHORT, TODAY).stream().map(m -> m.trainee().traineeId().value()).toList();
    }

    private static CommitteeStanding standing(String traineeId, YearMonth reviewed, AutonomyLevel autonomy, Attention... attention) {
        CommitteeReviewSummary review = reviewed == null ? null : new CommitteeReviewSummary("entry-" + reviewed, reviewed,
                reviewed.atDay(20).atStartOfDay().toInstant(java.time.ZoneOffset.UTC), CommitteeDecision.ON_TRACK, autonomy, null, null, null, null, List.of());
        List<String> falling = List.of(attention).contains(Attention.MILESTONE_FALLING) ? List.of("PATIENT_CARE") : List.of();
        return new CommitteeStanding(new TraineeId(traineeId), review, autonomy, falling, List.of(attention), null);
    }

    private static CohortMemberView trainee(String id, String name, Track track, TraineeStatus status, LocalDate end,
                                            CommitteeStanding standing) {
        return new CohortMemberView(new TraineeId(id), name, track, status, LocalDate.of(2025, 3, 3), end, "fac-wang",
                Instant.parse("2025-02-20T01:00:00Z"), status == TraineeStatus.ENROLLED ? null : Instant.parse("2025-04-01T02:00:00Z"))
                .withStanding(standing);
    }
}
