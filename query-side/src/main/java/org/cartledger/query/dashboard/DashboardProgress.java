package org.cartledger.query.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cartledger.api.activity.SupervisionLevel;
import org.cartledger.api.requirements.RequirementProgress;
import org.cartledger.api.requirements.RequirementSetView;
import org.cartledger.api.research.ResearchMilestone;
import org.cartledger.query.dashboard.DashboardState.Rating;
import org.cartledger.query.requirements.ApplicableSet;
import org.cartledger.query.requirements.CountedEntries;
import org.cartledger.query.requirements.ProgressMeasure;

/** A folded dashboard's progress against the requirement set that applies to it, counting what the dashboard counts. */
final class DashboardProgress {

    private DashboardProgress() {
    }

    /**
     * @param setsOnRecord the requirement sets as they stood at the view's point in the ledger
     * @return null when the trainee's track has no set among them
     */
    static RequirementProgress of(DashboardState state, List<RequirementSetView> setsOnRecord) {
        if (state.track == null) {
            return null;
        }
        return ApplicableSet.among(setsOnRecord, state.track, state.enrolledAtPosition, state.enrolledOn,
                        state.movedToVersion())
                .map(applied -> ProgressMeasure.of(applied, counted(state))).orElse(null);
    }

    static CountedEntries counted(DashboardState state) {
        Map<String, List<SupervisionLevel>> procedures = new HashMap<>();
        state.procedures.stream().filter(p -> state.counts(p.entryId()))
                .forEach(p -> procedures.computeIfAbsent(p.procedure(), code -> new ArrayList<>()).add(p.supervisionLevel()));
        Map<String, Integer> attendance = state.attendance.stream().filter(a -> state.counts(a.entryId()))
                .collect(Collectors.toMap(DashboardState.Attendance::activityType, a -> 1, Integer::sum));
        // sorted by when they happened, as the dashboard's competencies are: the last one is the latest
        Map<String, Integer> latest = new HashMap<>();
        state.ratings.stream().filter(r -> state.counts(r.entryId())).sorted(Comparator.comparing(Rating::occurredAt))
                .forEach(r -> latest.put(r.competency(), r.level()));
        int presentations = (int) state.research.stream().filter(r -> state.counts(r.entryId()))
                .filter(r -> r.milestone() == ResearchMilestone.PRESENTATION_GIVEN).count();
        int reviews = (int) state.reviews.stream().filter(r -> state.counts(r.entryId())).count();
        return new CountedEntries(procedures,
                state.skills.stream().filter(s -> state.counts(s.entryId())).map(DashboardState.SkillSignOff::skill)
                        .collect(Collectors.toSet()),
                attendance, latest, presentations, reviews);
    }
}
