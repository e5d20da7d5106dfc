package org.cartledger.query.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cartledger.query.LedgerEvents.END;
import static org.cartledger.query.LedgerEvents.TRAINEE_ID;
import static org.cartledger.query.LedgerEvents.completed;
import static org.cartledger.query.LedgerEvents.corrected;
import static org.cartledger.query.LedgerEvents.enrolled;
import static org.cartledger.query.LedgerEvents.evaluated;
import static org.cartledger.query.LedgerEvents.everyCompetencyAt;
import static org.cartledger.query.LedgerEvents.on;
import static org.cartledger.query.LedgerEvents.reviewed;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cartledger.api.dashboard.FindCommitteeStandingsQuery;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.cartledger.api.catalog.TrainingCatalog;
import org.cartledger.api.cohort.Attention;
import org.cartledger.api.cohort.CommitteeStanding;
import org.cartledger.api.committee.AutonomyLevel;
import org.cartledger.api.committee.CommitteeDecision;
import org.cartledger.api.enrollment.Track;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.recording.LedgerEntryEvent;
import org.cartledger.query.RunningQuerySide;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Each trainee's standing before the committee, as the cohort lists it: the last review, the autonomy it
 * granted, and why the committee should look (no review this month, a falling milestone), on 15 May 2025
 * in Shanghai, from the stored dashboards.
 */
class CommitteeStandingsTest {

    @RegisterExtension
    static final RunningQuerySide querySide = new RunningQuerySide(on(5, 15));

    private static final String PATIENT_CARE = TrainingCatalog.competencies().get(0).code();
    private static final TraineeId TRAINEE = new TraineeId(TRAINEE_ID);

    private DashboardProjection projection;
    private CommitteeStandings standings;
    private long position;

    @BeforeEach
    void setUp() {
        querySide.emptyReadModels();
        projection = querySide.bean(DashboardProjection.class);
        standings = querySide.bean(CommitteeStandings.class);
        position = 0;
        record(enrolled());
    }

    @Test
    void aTraineeInProgressWithNoReviewThisMonthNeedsTheCommitteesAttention() {
        CommitteeStanding standing = standingOf(TRAINEE);

        assertThat(standing.attention()).containsExactly(Attention.NO_REVIEW_THIS_MONTH);
        assertThat(standing.needsAttention()).isTrue();
        assertThat(standing.lastReview()).isNull();
        assertThat(standing.autonomy()).isNull();
        assertThat(standing.fallingCompetencies()).isEmpty();
    }

    @Test
    void lastMonthsReviewIsTheLastReviewButThisMonthStillHasNone() {
        record(reviewed("entry-april", on(4, 28), YearMonth.of(2025, 4), CommitteeDecision.ON_TRACK, AutonomyLevel.DIRECT_SUPERVISION));

        CommitteeStanding standing = standingOf(TRAINEE);

        assertThat(standing.lastReview().reviewMonth()).isEqualTo(YearMonth.of(2025, 4));
        assertThat(standing.autonomy()).isEqualTo(AutonomyLevel.DIRECT_SUPERVISION);
        assertThat(standing.attention()).containsExactly(Attention.NO_REVIEW_THIS_MONTH);
    }

    @Test
    void aReviewThisMonthTakesTheFlagAwayAndItsAutonomyIsTheTraineesNow() {
        record(reviewed("entry-april", on(4, 28), YearMonth.of(2025, 4), CommitteeDecision.ON_TRACK, AutonomyLevel.DIRECT_SUPERVISION));
        record(reviewed("entry-may", on(5, 14), YearMonth.of(2025, 5), CommitteeDecision.ON_TRACK, AutonomyLevel.INDIRECT_SUPERVISION));

        CommitteeStanding standing = standingOf(TRAINEE);

        assertThat(standing.attention()).isEmpty();
        assertThat(standing.needsAttention()).isFalse();
        assertThat(standing.lastReview().entryId()).isEqualTo("entry-may");
        assertThat(standing.autonomy()).isEqualTo(AutonomyLevel.INDIRECT_SUPERVISION);
    }

    @Test
    void aMilestoneLevelBelowTheOneBeforeItIsFlaggedWithItsCompetency() {
        record(reviewed("entry-may", on(5, 14), YearMonth.of(2025, 5), CommitteeDecision.ON_TRACK, AutonomyLevel.DIRECT_SUPERVISION));
        record(evaluated("entry-march", on(3, 31), everyCompetencyAt(3)));
        Map<String, Integer> april = new HashMap<>(everyCompetencyAt(3));
        april.put(PATIENT_CARE, 2);
        record(evaluated("entry-april-evaluation", on(4, 30), april));

        CommitteeStanding standing = standingOf(TRAINEE);

        assertThat(standing.attention()).containsExactly(Attention.MILESTONE_FALLING);
        assertThat(standing.fallingCompetencies()).containsExactly(PATIENT_CARE);
    }

    @Test
    void aCorrectedEvaluationNoLongerMakesAMilestoneFall() {
        record(reviewed("entry-may", on(5, 14), YearMonth.of(2025, 5), CommitteeDecision.ON_TRACK, AutonomyLevel.DIRECT_SUPERVISION));
        record(evaluated("entry-march", on(3, 31), everyCompetencyAt(3)));
        record(evaluated("entry-april-evaluation", on(4, 30), everyCompetencyAt(2)));
        assertThat(standingOf(TRAINEE).fallingCompetencies()).hasSize(TrainingCatalog.competencies().size());

        record(corrected("entry-correction", "entry-april-evaluation", "Rated the wrong fellow", null));

        assertThat(standingOf(TRAINEE).attention()).isEmpty();
        assertThat(standingOf(TRAINEE).fallingCompetencies()).isEmpty();
    }

    @Test
    void aCorrectedReviewIsNotTheLastReviewAndItsMonthIsUnreviewedAgain() {
        record(reviewed("entry-april", on(4, 28), YearMonth.of(2025, 4), CommitteeDecision.ON_TRACK, AutonomyLevel.DIRECT_SUPERVISION));
        record(reviewed("entry-may", on(5, 14), YearMonth.of(2025, 5), CommitteeDecision.ON_TRACK, AutonomyLevel.INDEPENDENT_MANAGEMENT));
        record(corrected("entry-correction", "entry-may", "Recorded for the wrong trainee", null));

        CommitteeStanding standing = standingOf(TRAINEE);

        assertThat(standing.lastReview().entryId()).isEqualTo("entry-april");
        assertThat(standing.autonomy()).isEqualTo(AutonomyLevel.DIRECT_SUPERVISION);
        assertThat(standing.attention()).containsExactly(Attention.NO_REVIEW_THIS_MONTH);
    }

    @Test
    void aClosedProgramNeedsNoAttentionWhateverItsRecordSays() {
        record(evaluated("entry-march", on(3, 31), everyCompetencyAt(3)));
        record(evaluated("entry-april-evaluation", on(4, 30), everyCompetencyAt(2)));
        record(completed("entry-completion", on(5, 10)));

        CommitteeStanding standing = standingOf(TRAINEE);

        assertThat(standing.attention()).isEmpty();
        assertThat(standing.fallingCompetencies()).hasSize(TrainingCatalog.competencies().size());
    }

    @Test
    void aProgramThatHasNotBegunIsNotYetDueForAReview() {
        TraineeId later = new TraineeId("fellow-2025-030");
        record(enrolled(later.value(), "entry-later", "周杰", Track.FELLOW, LocalDate.of(2025, 6, 2), END));

        assertThat(standingOf(later).attention()).isEmpty();
    }

    @Test
    void readsManyTraineesAtOnceAndLeavesOutThoseWithoutADashboard() {
        TraineeId second = new TraineeId("resident-2025-004");
        record(enrolled(second.value(), "entry-second", "王芳", Track.RESIDENT, LocalDate.of(2025, 3, 3), END));

        List<CommitteeStanding> read = standings.handle(new FindCommitteeStandingsQuery(
                List.of(TRAINEE, second, new TraineeId("nobody-0001")))).standings();

        assertThat(read).extracting(CommitteeStanding::traineeId).containsExactlyInAnyOrder(TRAINEE, second);
        assertThat(read).allSatisfy(standing -> assertThat(standing.stale()).isNull());
        assertThat(standings.handle(new FindCommitteeStandingsQuery(List.of())).standings()).isEmpty();
    }

    @Test
    void readsEachTraineesOwnEntriesWhenItReadsManyAtOnce() {
        TraineeId before = new TraineeId("fellow-2025-001");
        TraineeId after = new TraineeId("resident-2025-099");
        record(enrolled(before.value(), "entry-before", "王芳", Track.FELLOW, LocalDate.of(2025, 3, 3), END));
        record(reviewed("entry-may", on(5, 14), YearMonth.of(2025, 5), CommitteeDecision.ON_TRACK, AutonomyLevel.DIRECT_SUPERVISION));
        record(enrolled(after.value(), "entry-after", "Chen Jie", Track.RESIDENT, LocalDate.of(2025, 3, 3), END));

        List<CommitteeStanding> read = standings.handle(new FindCommitteeStandingsQuery(List.of(after, TRAINEE, before))).standings();

        assertThat(read).extracting(CommitteeStanding::traineeId).containsExactly(before, TRAINEE, after);
        assertThat(read.get(1).lastReview().entryId()).isEqualTo("entry-may");
        assertThat(read.get(1).attention()).isEmpty();
        assertThat(List.of(read.get(0), read.get(2))).allSatisfy(other -> {
            assertThat(other.lastReview()).isNull();
            assertThat(other.attention()).containsExactly(Attention.NO_REVIEW_THIS_MONTH);
        });
    }

    private CommitteeStanding standingOf(TraineeId trainee) {
        List<CommitteeStanding> read = standings.handle(new FindCommitteeStandingsQuery(List.of(trainee))).standings();
        assertThat(read).hasSize(1);
        return read.get(0);
    }

    /** As Axon delivers an event: at the next place in the ledger, in a transaction. */
    private void record(LedgerEntryEvent event) {
        long at = ++position;
        querySide.inTransaction(() -> projection.on(event, GapAwareTrackingToken.newInstance(at, List.of())));
    }
}
