package org.cartledger.web.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.cartledger.api.committee.AutonomyLevel;
import org.cartledger.api.dashboard.AttendanceTally;
import org.cartledger.api.dashboard.TraineeDashboardView;
import org.cartledger.web.committee.DashboardComparison.Kind;
import org.cartledger.web.committee.DashboardComparison.Row;
import org.junit.jupiter.api.Test;

class DashboardComparisonTest {

    @Test
    void marksExactlyTheFiguresThatDifferBetweenThenAndToday() {
        TraineeDashboardView then = Dashboards.of(Dashboards.withLevels(Map.of("PATIENT_CARE", 2)).competencies(), 20, 40, 2, null,
                List.of(Dashboards.procedure("TUMOR_BIOPSY_PREPARATION", 1)), List.of(), List.of(), 4, 0);
        TraineeDashboardView today = Dashboards.of(Dashboards.withLevels(Map.of("PATIENT_CARE", 3)).competencies(), 20, 40, 1,
                AutonomyLevel.DIRECT_SUPERVISION, List.of(Dashboards.procedure("TUMOR_BIOPSY_PREPARATION", 2)), List.of(), List.of(), 5, 1);

        List<Row> rows = DashboardComparison.of(then, today);

        assertThat(rows.stream().filter(Row::changed).map(row -> row.kind() + ":" + row.code())).containsExactlyInAnyOrder(
                "FIGURE:skills", "FIGURE:entries", "FIGURE:corrected", "AUTONOMY:autonomy", "COMPETENCY:PATIENT_CARE",
                "PROCEDURE:TUMOR_BIOPSY_PREPARATION");
        assertThat(row(rows, Kind.FIGURE, "daysDone").changed()).isFalse();
        assertThat(row(rows, Kind.AUTONOMY, "autonomy")).isEqualTo(new Row(Kind.AUTONOMY, "autonomy", null, AutonomyLevel.DIRECT_SUPERVISION));
        assertThat(row(rows, Kind.COMPETENCY, "PATIENT_CARE")).isEqualTo(new Row(Kind.COMPETENCY, "PATIENT_CARE", 2, 3));
        assertThat(DashboardComparison.changes(rows)).isEqualTo(6);
    }

    @Test
    void listsEveryCompetencyUnratedOnesAsNoneAndThemUnchanged() {
        TraineeDashboardView dashboard = Dashboards.withLevels(Map.of());

        List<Row> rows = DashboardComparison.of(dashboard, dashboard);

        assertThat(rows.stream().filter(row -> row.kind() == Kind.COMPETENCY)).hasSize(6)
                .allSatisfy(row -> assertThat(row.then()).isNull())
                .noneMatch(Row::changed);
    }

    @Test
    void leavesOutActivitiesNeitherSideHasAny() {
        TraineeDashboardView then = Dashboards.of(List.of(), 1, 1, 0, null, List.of(),
                List.of(new AttendanceTally("JOURNAL_CLUB", "Journal club", 0, 0), new AttendanceTally("GRAND_ROUNDS", "Grand rounds", 0, 0)),
                List.of(), 1, 0);
        TraineeDashboardView today = Dashboards.of(List.of(), 1, 1, 0, null, List.of(),
                List.of(new AttendanceTally("JOURNAL_CLUB", "Journal club", 0, 0), new AttendanceTally("GRAND_ROUNDS", "Grand rounds", 1, 0)),
                List.of(), 2, 0);

        List<Row> activities = DashboardComparison.of(then, today).stream().filter(row -> row.kind() == Kind.ACTIVITY).toList();

        assertThat(activities).containsExactly(new Row(Kind.ACTIVITY, "GRAND_ROUNDS", 0, 1));
    }

    private static Row row(List<Row> rows, Kind kind, String code) {
        return rows.stream().filter(row -> row.kind() == kind && row.code().equals(code)).findFirst().orElseThrow();
    }
}
