package org.cartledger.web.committee;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cartledger.api.activity.SupervisionLevel;
import org.cartledger.api.catalog.TrainingCatalog;
import org.cartledger.api.cohort.TraineeStatus;
import org.cartledger.api.committee.AutonomyLevel;
import org.cartledger.api.dashboard.AttendanceTally;
import org.cartledger.api.dashboard.CompetencyStatus;
import org.cartledger.api.dashboard.MilestoneRating;
import org.cartledger.api.dashboard.ProcedureTally;
import org.cartledger.api.dashboard.TraineeDashboardView;
import org.cartledger.api.enrollment.Track;
import org.cartledger.api.ids.TraineeId;

/** Dashboards as the query side would answer them, with only what a test is about filled in. */
final class Dashboards {

    private Dashboards() {
    }

    static TraineeDashboardView withRatings(MilestoneRating... ratings) {
        return of(List.of(), 10, 20, 0, null, List.of(), List.of(), List.of(ratings), 1, 0);
    }

    static TraineeDashboardView withLevels(Map<String, Integer> levels) {
        List<CompetencyStatus> competencies = TrainingCatalog.competencies().stream()
                .map(c -> new CompetencyStatus(c.code(), c.name(), levels.get(c.code()), null, null, null,
                        levels.containsKey(c.code()) ? 1 : 0)).toList();
        return of(competencies, 10, 20, 0, null, List.of(), List.of(), List.of(), 1, 0);
    }

    static TraineeDashboardView of(List<CompetencyStatus> competencies, long daysDone, long daysLeft, int skills,
                                   AutonomyLevel autonomy, List<ProcedureTally> procedures, List<AttendanceTally> attendance,
                                   List<MilestoneRating> ratings, int entries, int corrected) {
        return new TraineeDashboardView(new TraineeId("F-1"), "王小明", Track.FELLOW, TraineeStatus.ENROLLED, LocalDate.of(2025, 3, 3),
                LocalDate.of(2025, 6, 30), LocalDate.of(2025, 5, 15), daysDone, daysLeft, competencies, attendance, procedures,
                skills, 18, List.of(), List.of(), autonomy, null, entries, corrected, 42L, null, ratings, List.of(),
                List.of(), List.of(), List.of(), List.of(), null);
    }

    static ProcedureTally procedure(String code, int performed) {
        return new ProcedureTally(code, code, performed, 0, Map.of(SupervisionLevel.OBSERVED, performed));
    }
}
