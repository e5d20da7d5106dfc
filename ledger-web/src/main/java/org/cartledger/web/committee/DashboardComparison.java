package org.cartledger.web.committee;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cartledger.api.dashboard.AttendanceTally;
import org.cartledger.api.dashboard.CompetencyStatus;
import org.cartledger.api.dashboard.ProcedureTally;
import org.cartledger.api.dashboard.TraineeDashboardView;

/**
 * The dashboard as it stood beside today's, figure by figure, each marked when it differs: what the
 * committee needs to see at a glance is what has changed since. Activities neither side has any of are
 * left out (there are seventeen kinds); every competency, procedure and figure is listed.
 */
final class DashboardComparison {

    enum Kind { FIGURE, COMPETENCY, PROCEDURE, ACTIVITY, AUTONOMY }

    /** @param code the figure's, competency's, procedure's or activity's code; {@code then} and {@code today} may be null (none) */
    record Row(Kind kind, String code, Object then, Object today) {

        public boolean changed() {
            return !Objects.equals(then, today);
        }
    }

    private DashboardComparison() {
    }

    static List<Row> of(TraineeDashboardView then, TraineeDashboardView today) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(Kind.FIGURE, "daysDone", then.programDaysDone(), today.programDaysDone()));
        rows.add(new Row(Kind.FIGURE, "daysLeft", then.programDaysLeft(), today.programDaysLeft()));
        rows.add(new Row(Kind.FIGURE, "skills", then.skillsCompleted(), today.skillsCompleted()));
        rows.add(new Row(Kind.FIGURE, "entries", then.entriesCounted(), today.entriesCounted()));
        rows.add(new Row(Kind.FIGURE, "corrected", then.entriesCorrected(), today.entriesCorrected()));
        rows.add(new Row(Kind.AUTONOMY, "autonomy", then.currentAutonomy(), today.currentAutonomy()));
        Map<String, CompetencyStatus> competenciesThen = byCode(then.competencies(), CompetencyStatus::competency);
        for (CompetencyStatus competency : today.competencies()) {
            CompetencyStatus before = competenciesThen.get(competency.competency());
            rows.add(new Row(Kind.COMPETENCY, competency.competency(), before == null ? null : before.latestLevel(),
                    competency.latestLevel()));
        }
        Map<String, ProcedureTally> proceduresThen = byCode(then.procedures(), ProcedureTally::procedure);
        for (ProcedureTally procedure : today.procedures()) {
            ProcedureTally before = proceduresThen.get(procedure.procedure());
            rows.add(new Row(Kind.PROCEDURE, procedure.procedure(), before == null ? 0 : before.performed(), procedure.performed()));
        }
        Map<String, AttendanceTally> attendanceThen = byCode(then.attendance(), AttendanceTally::activityType);
        for (AttendanceTally activity : today.attendance()) {
            AttendanceTally before = attendanceThen.get(activity.activityType());
            int attendedThen = before == null ? 0 : before.attended();
            if (attendedThen > 0 || activity.attended() > 0) {
                rows.add(new Row(Kind.ACTIVITY, activity.activityType(), attendedThen, activity.attended()));
            }
        }
        return List.copyOf(rows);
    }

    static long changes(List<Row> rows) {
        return rows.stream().filter(Row::changed).count();
    }

    private static <T> Map<String, T> byCode(List<T> items, Function<T, String> code) {
        return items.stream().collect(Collectors.toMap(code, Function.identity(), (a, b) -> a));
    }
}
