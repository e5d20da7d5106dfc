package org.cartledger.query.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cartledger.query.LedgerEvents.TRAINEE_ID;
import static org.cartledger.query.LedgerEvents.corrected;
import static org.cartledger.query.LedgerEvents.enrolled;
import static org.cartledger.query.LedgerEvents.on;
import static org.cartledger.query.LedgerEvents.performed;
import static org.cartledger.query.requirements.RequirementSets.INFUSION;
import static org.cartledger.query.requirements.RequirementSets.recorded;

import java.time.LocalDate;
import java.util.List;
import org.cartledger.api.activity.ProcedureSetting;
import org.cartledger.api.activity.SupervisionLevel;
import org.cartledger.api.enrollment.Track;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.recording.LedgerEntryEvent;
import org.cartledger.api.requirements.RequirementProgress;
import org.cartledger.api.requirements.RequirementProgress.Basis;
import org.cartledger.api.requirements.RequirementSetView;
import org.cartledger.api.requirements.TraineeMovedToRequirementSetEvent;
import org.junit.jupiter.api.Test;

/** The dashboard's progress: which set it is measured by, and what of the record counts toward it. */
class DashboardProgressTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 5, 15);
    /** Recorded before the enrollment (which the fold below puts at position 10). */
    private static final RequirementSetView V1 = recorded(Track.FELLOW, 1, LocalDate.of(2025, 1, 1), 3);

    @Test
    void aCorrectedProcedureIsTakenBackOutOfTheCount() {
        DashboardState state = fold(
                performed("entry-1", INFUSION, ProcedureSetting.SIMULATION, SupervisionLevel.DIRECT_SUPERVISION),
                performed("entry-2", INFUSION, ProcedureSetting.SIMULATION, SupervisionLevel.INDEPENDENT),
                performed("entry-3", INFUSION, ProcedureSetting.CLINICAL, SupervisionLevel.DIRECT_SUPERVISION));
        assertThat(progress(state, List.of(V1)).requirements().get(0).done()).isEqualTo(3);

        state.apply(corrected("entry-fix", "entry-2", "Logged on the wrong trainee", null), 20);

        RequirementProgress progress = progress(state, List.of(V1));
        assertThat(progress.requirements().get(0).done()).isEqualTo(2);
        assertThat(progress.missing()).singleElement().asString().startsWith("3 more ").endsWith("(2 of 5)");
        assertThat(progress.percent()).isEqualTo(40);
    }

    @Test
    void aTraineeIsMeasuredByTheSetInForceAtTheirEnrollment() {
        RequirementSetView laterV2 = recorded(Track.FELLOW, 2, LocalDate.of(2025, 1, 1), 15);

        RequirementProgress progress = progress(fold(), List.of(V1, laterV2));

        assertThat(progress.version()).isEqualTo(1);
        assertThat(progress.basis()).isEqualTo(Basis.IN_FORCE_AT_ENROLLMENT);
    }

    @Test
    void theCommitteesMoveChangesTheSet() {
        RequirementSetView laterV2 = recorded(Track.FELLOW, 2, LocalDate.of(2025, 1, 1), 15);
        DashboardState state = fold(new TraineeMovedToRequirementSetEvent(new TraineeId(TRAINEE_ID), "entry-move",
                on(5, 2), 2, "The program raised the infusion minimum"));

        RequirementProgress progress = progress(state, List.of(V1, laterV2));

        assertThat(progress.version()).isEqualTo(2);
        assertThat(progress.basis()).isEqualTo(Basis.MOVED_BY_COMMITTEE);
    }

    @Test
    void aCorrectedMoveGivesWayToTheOneBeforeOrToTheSetInForceAtEnrollment() {
        RequirementSetView v2 = recorded(Track.FELLOW, 2, LocalDate.of(2025, 1, 1), 15);
        RequirementSetView v3 = recorded(Track.FELLOW, 3, LocalDate.of(2025, 1, 1), 16);
        DashboardState state = fold(move("entry-move-2", 2), move("entry-move-3", 3),
                corrected("entry-fix-3", "entry-move-3", "Meant version 2", null));

        assertThat(progress(state, List.of(V1, v2, v3)).version()).isEqualTo(2);

        state.apply(corrected("entry-fix-2", "entry-move-2", "No move was decided", null), 30);
        RequirementProgress progress = progress(state, List.of(V1, v2, v3));
        assertThat(progress.version()).isEqualTo(1);
        assertThat(progress.basis()).isEqualTo(Basis.IN_FORCE_AT_ENROLLMENT);
    }

    @Test
    void noSetOnRecordMeansNoProgressOnTheDashboard() {
        assertThat(DashboardViews.of(fold(), TODAY, List.of()).progress()).isNull();
        assertThat(DashboardViews.of(fold(), TODAY, List.of(recorded(Track.RESIDENT, 1, LocalDate.of(2025, 1, 1), 3))).progress())
                .isNull();
    }

    @Test
    void theDashboardCarriesTheProgress() {
        assertThat(DashboardViews.of(fold(), TODAY, List.of(V1)).progress()).isEqualTo(progress(fold(), List.of(V1)));
    }

    private static TraineeMovedToRequirementSetEvent move(String entryId, int version) {
        return new TraineeMovedToRequirementSetEvent(new TraineeId(TRAINEE_ID), entryId, on(5, 2), version, "Revised set");
    }

    private static RequirementProgress progress(DashboardState state, List<RequirementSetView> sets) {
        return DashboardProgress.of(state, sets);
    }

    /** The enrollment at position 10, then the events at 11, 12, … */
    private static DashboardState fold(LedgerEntryEvent... events) {
        DashboardState state = new DashboardState().apply(enrolled(), 10);
        long position = 11;
        for (LedgerEntryEvent event : events) {
            state.apply(event, position++);
        }
        return state;
    }
}
