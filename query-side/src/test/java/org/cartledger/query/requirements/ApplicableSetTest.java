package org.cartledger.query.requirements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cartledger.query.requirements.RequirementSets.recorded;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cartledger.api.enrollment.Track;
import org.cartledger.api.requirements.RequirementProgress.Basis;
import org.cartledger.api.requirements.RequirementSetView;
import org.junit.jupiter.api.Test;

/** Which requirement set a trainee is measured by: moved, in force at enrollment, or the track's first. */
class ApplicableSetTest {

    private static final LocalDate ENROLLED_ON = LocalDate.of(2025, 3, 3);
    private static final long ENROLLED_AT = 100;

    private static final RequirementSetView V1 = recorded(Track.FELLOW, 1, LocalDate.of(2025, 1, 1), 10);
    private static final RequirementSetView V2 = recorded(Track.FELLOW, 2, LocalDate.of(2025, 2, 1), 50);
    private static final RequirementSetView RESIDENT_V1 = recorded(Track.RESIDENT, 1, LocalDate.of(2025, 1, 1), 11);

    @Test
    void aTraineeIsMeasuredByTheNewestSetOfTheirTrackInForceAtEnrollment() {
        Optional<ApplicableSet> applied = ApplicableSet.among(List.of(V1, RESIDENT_V1, V2), Track.FELLOW, ENROLLED_AT, ENROLLED_ON, null);

        assertThat(applied).contains(new ApplicableSet(V2, Basis.IN_FORCE_AT_ENROLLMENT));
    }

    @Test
    void aSetRecordedAfterTheEnrollmentDoesNotApplyEvenWhenItWasEffectiveBefore() {
        RequirementSetView recordedLater = recorded(Track.FELLOW, 2, LocalDate.of(2025, 1, 15), ENROLLED_AT + 5);

        Optional<ApplicableSet> applied = ApplicableSet.among(List.of(V1, recordedLater), Track.FELLOW, ENROLLED_AT, ENROLLED_ON, null);

        assertThat(applied).contains(new ApplicableSet(V1, Basis.IN_FORCE_AT_ENROLLMENT));
    }

    @Test
    void aSetEffectiveOnlyAfterTheEnrollmentDayDoesNotApply() {
        RequirementSetView fromApril = recorded(Track.FELLOW, 2, LocalDate.of(2025, 4, 1), 50);

        Optional<ApplicableSet> applied = ApplicableSet.among(List.of(V1, fromApril), Track.FELLOW, ENROLLED_AT, ENROLLED_ON, null);

        assertThat(applied).contains(new ApplicableSet(V1, Basis.IN_FORCE_AT_ENROLLMENT));
    }

    @Test
    void aSetEffectiveOnTheEnrollmentDayApplies() {
        RequirementSetView fromThatDay = recorded(Track.FELLOW, 2, ENROLLED_ON, 50);

        assertThat(ApplicableSet.among(List.of(V1, fromThatDay), Track.FELLOW, ENROLLED_AT, ENROLLED_ON, null))
                .contains(new ApplicableSet(fromThatDay, Basis.IN_FORCE_AT_ENROLLMENT));
    }

    @Test
    void theCommitteesMoveOutweighsTheSetInForceAtEnrollment() {
        RequirementSetView v3 = recorded(Track.FELLOW, 3, LocalDate.of(2025, 5, 1), 300);

        assertThat(ApplicableSet.among(List.of(V1, V2, v3), Track.FELLOW, ENROLLED_AT, ENROLLED_ON, 3))
                .contains(new ApplicableSet(v3, Basis.MOVED_BY_COMMITTEE));
    }

    @Test
    void aMoveToASetNotOnRecordAtTheCutIsMeasuredAsIfItHadNotHappened() {
        assertThat(ApplicableSet.among(List.of(V1, V2), Track.FELLOW, ENROLLED_AT, ENROLLED_ON, 3))
                .contains(new ApplicableSet(V2, Basis.IN_FORCE_AT_ENROLLMENT));
    }

    @Test
    void aTraineeEnrolledBeforeAnySetWasOnRecordIsMeasuredByTheTracksFirst() {
        RequirementSetView v1Later = recorded(Track.FELLOW, 1, LocalDate.of(2024, 1, 1), 500);
        RequirementSetView v2Later = recorded(Track.FELLOW, 2, LocalDate.of(2024, 1, 1), 600);

        assertThat(ApplicableSet.among(List.of(v2Later, v1Later), Track.FELLOW, ENROLLED_AT, ENROLLED_ON, null))
                .contains(new ApplicableSet(v1Later, Basis.FIRST_OF_TRACK));
    }

    @Test
    void aDashboardFoldedBeforeItKnewTheEnrollmentsPositionFallsBackToTheTracksFirst() {
        assertThat(ApplicableSet.among(List.of(V1, V2), Track.FELLOW, 0, null, null))
                .contains(new ApplicableSet(V1, Basis.FIRST_OF_TRACK));
    }

    @Test
    void noSetOfTheTrackMeansNoProgress() {
        assertThat(ApplicableSet.among(List.of(RESIDENT_V1), Track.FELLOW, ENROLLED_AT, ENROLLED_ON, null)).isEmpty();
        assertThat(ApplicableSet.among(List.of(), Track.STUDENT, ENROLLED_AT, ENROLLED_ON, null)).isEmpty();
    }
}
