package org.cartledger.query.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cartledger.query.LedgerEvents.END;
import static org.cartledger.query.LedgerEvents.START;
import static org.cartledger.query.LedgerEvents.TRAINEE_ID;
import static org.cartledger.query.LedgerEvents.corrected;
import static org.cartledger.query.LedgerEvents.enrolled;
import static org.cartledger.query.LedgerEvents.on;
import static org.cartledger.query.LedgerEvents.performed;
import static org.cartledger.query.LedgerEvents.reviewed;
import static org.cartledger.query.requirements.RequirementSets.INFUSION;
import static org.cartledger.query.requirements.RequirementSets.recorded;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.cartledger.api.activity.ProcedureSetting;
import org.cartledger.api.activity.SupervisionLevel;
import org.cartledger.api.cohort.Attention;
import org.cartledger.api.cohort.CommitteeStanding;
import org.cartledger.api.committee.AutonomyLevel;
import org.cartledger.api.committee.CommitteeDecision;
import org.cartledger.api.dashboard.TraineeDashboardView;
import org.cartledger.api.enrollment.Track;
import org.cartledger.api.recording.LedgerEntryEvent;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The new reasons for the committee's attention: behind the pace, and a procedure beyond the autonomy granted. */
class AttentionRulesTest {

    @Nested
    class BehindPace {

        /** Program 3 March to 30 June (120 days); five infusions required, none done: 0 %. */
        @Test
        void notJudgedInTheFirstTwoWeeks() {
            TraineeDashboardView view = view(START.plusDays(13));

            assertThat(view.programDaysDone()).isEqualTo(14);
            assertThat(CommitteeStandings.behindPace(view)).isFalse();
        }

        @Test
        void judgedOnceTheShareOfDaysDoneLeadsProgressByMoreThanTheTolerance() {
            // day 25 of 120 is 20 % of the program: 0 % progress lags by exactly 20 points, which is tolerated
            assertThat(CommitteeStandings.behindPace(view(START.plusDays(24)))).isFalse();
            // day 26 of 120 is 21 %
            TraineeDashboardView late = view(START.plusDays(25));
            assertThat(CommitteeStandings.behindPace(late)).isTrue();
            assertThat(CommitteeStandings.of(late, List.of(), null).attention()).contains(Attention.BEHIND_PACE);
        }

        @Test
        void progressInStepWithTheDaysIsNotBehind() {
            TraineeDashboardView view = view(LocalDate.of(2025, 4, 14),
                    performed("entry-1", INFUSION, ProcedureSetting.SIMULATION, SupervisionLevel.INDEPENDENT));

            assertThat(view.progress().percent()).isEqualTo(20);
            assertThat(CommitteeStandings.behindPace(view)).isFalse();
        }

        @Test
        void noRequirementSetMeansNoPace() {
            TraineeDashboardView view = DashboardViews.of(fold(), END);

            assertThat(CommitteeStandings.behindPace(view)).isFalse();
        }

        private TraineeDashboardView view(LocalDate today, LedgerEntryEvent... events) {
            return DashboardViews.of(fold(events), today, List.of(recorded(Track.FELLOW, 1, LocalDate.of(2025, 1, 1), 1)));
        }
    }

    @Nested
    class ProcedureAboveGrantedAutonomy {

        @Test
        void theMappingAllowsAssistingUnderObservationOnlyAndPerformingAloneOnlyUnderIndependentManagement() {
            assertThat(GrantedAutonomy.leastSupervisionAllowed(AutonomyLevel.OBSERVATION_ONLY)).isEqualTo(SupervisionLevel.ASSISTED);
            assertThat(GrantedAutonomy.leastSupervisionAllowed(AutonomyLevel.DIRECT_SUPERVISION))
                    .isEqualTo(SupervisionLevel.DIRECT_SUPERVISION);
            assertThat(GrantedAutonomy.leastSupervisionAllowed(AutonomyLevel.SUPERVISION_ON_REQUEST))
                    .isEqualTo(SupervisionLevel.INDIRECT_SUPERVISION);
            assertThat(GrantedAutonomy.leastSupervisionAllowed(AutonomyLevel.INDEPENDENT_MANAGEMENT))
                    .isEqualTo(SupervisionLevel.INDEPENDENT);
        }

        @Test
        void aClinicalProcedureAfterTheGrantWithLessSupervisionThanAllowedIsFlagged() {
            DashboardState state = fold(grant(AutonomyLevel.DIRECT_SUPERVISION),
                    performed("entry-alone", on(4, 20), INFUSION, ProcedureSetting.CLINICAL, SupervisionLevel.INDIRECT_SUPERVISION),
                    performed("entry-within", on(4, 21), INFUSION, ProcedureSetting.CLINICAL, SupervisionLevel.DIRECT_SUPERVISION));

            assertThat(GrantedAutonomy.proceduresBeyond(state)).containsExactly("entry-alone");
            CommitteeStanding standing = CommitteeStandings.of(DashboardViews.of(state, LocalDate.of(2025, 4, 25)),
                    GrantedAutonomy.proceduresBeyond(state), null);
            assertThat(standing.attention()).contains(Attention.PROCEDURE_ABOVE_GRANTED_AUTONOMY);
        }

        @Test
        void neitherASimulationNorAProcedureBeforeTheGrantNorACorrectedOneIsFlagged() {
            DashboardState state = fold(
                    performed("entry-before", on(4, 1), INFUSION, ProcedureSetting.CLINICAL, SupervisionLevel.INDEPENDENT),
                    grant(AutonomyLevel.OBSERVATION_ONLY),
                    performed("entry-sim", on(4, 20), INFUSION, ProcedureSetting.SIMULATION, SupervisionLevel.INDEPENDENT),
                    performed("entry-assisted", on(4, 20), INFUSION, ProcedureSetting.CLINICAL, SupervisionLevel.ASSISTED),
                    performed("entry-wrong", on(4, 21), INFUSION, ProcedureSetting.CLINICAL, SupervisionLevel.INDEPENDENT),
                    corrected("entry-fix", "entry-wrong", "Was a simulation", null));

            assertThat(GrantedAutonomy.proceduresBeyond(state)).isEmpty();
        }

        @Test
        void nothingIsFlaggedBeforeAnyReviewGrantedAutonomy() {
            DashboardState state = fold(
                    performed("entry-alone", on(4, 20), INFUSION, ProcedureSetting.CLINICAL, SupervisionLevel.INDEPENDENT));

            assertThat(GrantedAutonomy.proceduresBeyond(state)).isEmpty();
        }

        @Test
        void theLatestGrantCounts() {
            DashboardState state = fold(grant(AutonomyLevel.DIRECT_SUPERVISION),
                    reviewed("entry-may", on(5, 2), YearMonth.of(2025, 5), CommitteeDecision.ON_TRACK,
                            AutonomyLevel.INDEPENDENT_MANAGEMENT),
                    performed("entry-alone", on(5, 10), INFUSION, ProcedureSetting.CLINICAL, SupervisionLevel.INDEPENDENT));

            assertThat(GrantedAutonomy.proceduresBeyond(state)).isEmpty();
        }

        private LedgerEntryEvent grant(AutonomyLevel autonomy) {
            return reviewed("entry-april", on(4, 10), YearMonth.of(2025, 4), CommitteeDecision.ON_TRACK, autonomy);
        }
    }

    private static DashboardState fold(LedgerEntryEvent... events) {
        DashboardState state = new DashboardState().apply(enrolled(), 10);
        long position = 11;
        for (LedgerEntryEvent event : events) {
            state.apply(event, position++);
        }
        assertThat(state.traineeId.value()).isEqualTo(TRAINEE_ID);
        return state;
    }
}
