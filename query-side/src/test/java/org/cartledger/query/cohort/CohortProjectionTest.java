package org.cartledger.query.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cartledger.query.LedgerEvents.END;
import static org.cartledger.query.LedgerEvents.ENROLLED_AT;
import static org.cartledger.query.LedgerEvents.FULL_NAME;
import static org.cartledger.query.LedgerEvents.MENTOR_ID;
import static org.cartledger.query.LedgerEvents.START;
import static org.cartledger.query.LedgerEvents.TRAINEE_ID;
import static org.cartledger.query.LedgerEvents.completed;
import static org.cartledger.query.LedgerEvents.enrolled;
import static org.cartledger.query.LedgerEvents.extended;
import static org.cartledger.query.LedgerEvents.on;
import static org.cartledger.query.LedgerEvents.withdrawn;

import java.time.LocalDate;
import java.util.List;
import org.cartledger.api.cohort.CohortMemberView;
import org.cartledger.api.cohort.FindCohortQuery;
import org.cartledger.api.cohort.TraineeStatus;
import org.cartledger.api.enrollment.Track;
import org.cartledger.api.enrollment.TraineeEnrolledEvent;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.readmodel.Staleness;
import org.cartledger.query.RunningQuerySide;
import org.cartledger.query.processing.Generations;
import org.cartledger.query.processing.ReadModels;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The cohort read model in PostgreSQL: one row per trainee, filtered by status and track. */
class CohortProjectionTest {

    @RegisterExtension
    static final RunningQuerySide querySide = new RunningQuerySide(on(5, 15));

    private static final String RESIDENT = "resident-2025-004";
    private static final String STUDENT = "student-2025-009";
    private static final String LATE_FELLOW = "fellow-2025-021";

    private CohortProjection projection;
    private CohortQueryHandler queries;

    @BeforeEach
    void setUp() {
        querySide.emptyReadModels();
        projection = querySide.bean(CohortProjection.class);
        queries = querySide.bean(CohortQueryHandler.class);
    }

    @Test
    void listsAnEnrolledTraineeAsEnrolled() {
        enroll(enrolled());

        assertThat(cohort(null, null)).containsExactly(new CohortMemberView(new TraineeId(TRAINEE_ID), FULL_NAME, Track.FELLOW,
                TraineeStatus.ENROLLED, START, END, MENTOR_ID, ENROLLED_AT, null));
    }

    @Test
    void listsEveryTraineeByStartDateWhenNothingIsFiltered() {
        givenAMixedCohort();

        assertThat(cohort(null, null)).extracting(member -> member.traineeId().value())
                .containsExactly(STUDENT, TRAINEE_ID, RESIDENT, LATE_FELLOW);
    }

    @Test
    void filtersByStatus() {
        givenAMixedCohort();

        assertThat(cohort(TraineeStatus.WITHDRAWN, null)).extracting(member -> member.traineeId().value())
                .containsExactly(STUDENT, LATE_FELLOW);
        assertThat(cohort(TraineeStatus.COMPLETED, null)).extracting(member -> member.traineeId().value())
                .containsExactly(RESIDENT);
        assertThat(cohort(TraineeStatus.ENROLLED, null)).extracting(member -> member.traineeId().value())
                .containsExactly(TRAINEE_ID);
    }

    @Test
    void filtersByTrack() {
        givenAMixedCohort();

        assertThat(cohort(null, Track.FELLOW)).extracting(member -> member.traineeId().value())
                .containsExactly(TRAINEE_ID, LATE_FELLOW);
        assertThat(cohort(null, Track.STUDENT)).extracting(member -> member.traineeId().value())
                .containsExactly(STUDENT);
    }

    @Test
    void filtersByStatusAndTrackTogether() {
        givenAMixedCohort();

        assertThat(cohort(TraineeStatus.WITHDRAWN, Track.FELLOW)).extracting(member -> member.traineeId().value())
                .containsExactly(LATE_FELLOW);
        assertThat(cohort(TraineeStatus.ENROLLED, Track.RESIDENT)).isEmpty();
    }

    @Test
    void movesTheEndDateWhenTheProgramIsExtended() {
        enroll(enrolled());
        LocalDate newEnd = LocalDate.of(2025, 7, 31);

        querySide.inTransaction(() -> projection.on(extended("entry-extension", END, newEnd)));

        CohortMemberView member = cohort(null, null).get(0);
        assertThat(member.endDate()).isEqualTo(newEnd);
        assertThat(member.startDate()).isEqualTo(START);
        assertThat(member.status()).isEqualTo(TraineeStatus.ENROLLED);
    }

    @Test
    void closesACompletedProgramWithTheMomentItClosed() {
        enroll(enrolled());

        querySide.inTransaction(() -> projection.on(completed("entry-completion", on(6, 30))));

        CohortMemberView member = cohort(null, null).get(0);
        assertThat(member.status()).isEqualTo(TraineeStatus.COMPLETED);
        assertThat(member.closedAt()).isEqualTo(on(6, 30));
    }

    @Test
    void closesAWithdrawalWithTheMomentItClosed() {
        enroll(enrolled());

        querySide.inTransaction(() -> projection.on(withdrawn("entry-withdrawal", on(4, 2))));

        CohortMemberView member = cohort(null, null).get(0);
        assertThat(member.status()).isEqualTo(TraineeStatus.WITHDRAWN);
        assertThat(member.closedAt()).isEqualTo(on(4, 2));
    }

    @Test
    void keepsOneRowAndItsLaterChangesWhenAnEnrollmentIsDeliveredAgain() {
        LocalDate newEnd = LocalDate.of(2025, 7, 31);
        enroll(enrolled());
        querySide.inTransaction(() -> projection.on(extended("entry-extension", END, newEnd)));

        enroll(enrolled());

        assertThat(cohort(null, null)).singleElement()
                .satisfies(member -> assertThat(member.endDate()).isEqualTo(newEnd));
    }

    @Test
    void ignoresLifecycleEventsOfATraineeItDoesNotKnow() {
        querySide.inTransaction(() -> projection.on(withdrawn("someone-else", "entry-withdrawal", on(4, 2))));

        assertThat(cohort(null, null)).isEmpty();
    }

    @Test
    void holdsTheLongestIdsAndNamesTheCommandSideAccepts() {
        String traineeId = "t".repeat(64);
        String fullName = "林".repeat(200);

        enroll(enrolled(traineeId, "entry-longest", fullName, Track.STUDENT, START, END, "m".repeat(64)));

        assertThat(cohort(null, null)).singleElement().satisfies(member -> {
            assertThat(member.traineeId().value()).isEqualTo(traineeId);
            assertThat(member.fullName()).isEqualTo(fullName);
            assertThat(member.mentorId()).hasSize(64);
        });
    }

    @Test
    void aResetBuildsANewGenerationBesideTheServedOneAndReadersSeeTheOldOneUntilTheSwap() {
        givenAMixedCohort();

        projection.reset();
        enroll(enrolled());

        assertThat(querySide.rows("cohort_member")).isEqualTo(5);
        assertThat(cohort(null, null)).hasSize(4)
                .allSatisfy(member -> assertThat(member.stale().reason()).isEqualTo(Staleness.REBUILDING));

        querySide.bean(Generations.class).swap(ReadModels.COHORT);

        assertThat(querySide.rows("cohort_member")).isEqualTo(1);
        assertThat(cohort(null, null)).singleElement().satisfies(member -> {
            assertThat(member.traineeId().value()).isEqualTo(TRAINEE_ID);
            assertThat(member.stale()).isNull();
        });
    }

    /** Four trainees: one of each status, two of them fellows. */
    private void givenAMixedCohort() {
        enroll(enrolled());
        enroll(enrolled(RESIDENT, "entry-resident", "Chen Jie", Track.RESIDENT, LocalDate.of(2025, 4, 1),
                LocalDate.of(2025, 5, 30)));
        enroll(enrolled(STUDENT, "entry-student", "Wang Fang", Track.STUDENT, LocalDate.of(2025, 2, 3),
                LocalDate.of(2025, 3, 28)));
        enroll(enrolled(LATE_FELLOW, "entry-late-fellow", "Zhao Lei", Track.FELLOW, LocalDate.of(2025, 5, 5),
                LocalDate.of(2025, 8, 29)));
        querySide.inTransaction(() -> {
            projection.on(completed(RESIDENT, "entry-resident-done", on(5, 30)));
            projection.on(withdrawn(STUDENT, "entry-student-out", on(3, 10)));
            projection.on(withdrawn(LATE_FELLOW, "entry-late-fellow-out", on(5, 9)));
        });
    }

    private void enroll(TraineeEnrolledEvent event) {
        querySide.inTransaction(() -> projection.on(event));
    }

    private List<CohortMemberView> cohort(TraineeStatus status, Track track) {
        return queries.handle(new FindCohortQuery(status, track)).trainees();
    }
}
