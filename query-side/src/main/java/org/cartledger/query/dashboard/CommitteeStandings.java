package org.cartledger.query.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.axonframework.queryhandling.QueryHandler;
import org.cartledger.api.cohort.Attention;
import org.cartledger.api.cohort.CommitteeStanding;
import org.cartledger.api.cohort.TraineeStatus;
import org.cartledger.api.dashboard.CommitteeStandingsView;
import org.cartledger.api.dashboard.CompetencyStatus;
import org.cartledger.api.dashboard.FindCommitteeStandingsQuery;
import org.cartledger.api.dashboard.TraineeDashboardView;
import org.cartledger.api.dashboard.Trend;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.readmodel.Staleness;
import org.cartledger.api.requirements.RequirementProgress;
import org.cartledger.api.requirements.RequirementSetView;
import org.cartledger.query.processing.ReadModels;
import org.cartledger.query.processing.StaleViews;
import org.cartledger.query.requirements.RequirementSetsOnRecord;
import org.springframework.stereotype.Component;

/**
 * Each trainee's standing before the committee, for the cohort (which asks on the query bus): read from the
 * served dashboards of many trainees in one statement, through the same view code as a trainee's dashboard, so
 * the cohort and the dashboard can never disagree on the last review, the autonomy granted or a falling
 * milestone.
 */
@Component
class CommitteeStandings {

    /** How many percentage points progress may lag the share of program days done before the committee is told. */
    static final int PACE_TOLERANCE_POINTS = 20;
    /** Days at the start of a program in which no pace is judged: orientation, and too little done to tell. */
    static final int DAYS_BEFORE_PACE_IS_JUDGED = 14;

    private final ServedDashboards dashboards;
    private final StaleViews staleViews;
    private final Clock clock;
    private final RequirementSetsOnRecord requirementSets;

    CommitteeStandings(ServedDashboards dashboards, StaleViews staleViews, Clock clock, RequirementSetsOnRecord requirementSets) {
        this.dashboards = dashboards;
        this.staleViews = staleViews;
        this.clock = clock;
        this.requirementSets = requirementSets;
    }

    /** The standing of each of the trainees that has a dashboard row; those without one are left out. */
    @QueryHandler
    CommitteeStandingsView handle(FindCommitteeStandingsQuery query) {
        List<CommitteeStanding> standings = new ArrayList<>();
        if (query.trainees().isEmpty()) {
            return new CommitteeStandingsView(standings);
        }
        Function<TraineeId, Staleness> staleness = staleViews.forEach(ReadModels.DASHBOARD);
        List<RequirementSetView> setsOnRecord = requirementSets.all();
        for (DashboardState state : dashboards.of(query.trainees().stream().map(TraineeId::value).toList())) {
            // the program site's today, as on the dashboard itself
            LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(state.timeZone)));
            standings.add(of(DashboardViews.of(state, today, setsOnRecord), GrantedAutonomy.proceduresBeyond(state),
                    staleness.apply(state.traineeId)));
        }
        return new CommitteeStandingsView(standings);
    }

    /**
     * The standing a dashboard shows; the rules of attention are here, one place for the API and the pages.
     *
     * @param beyondAutonomy the procedures logged with less supervision than the autonomy granted allows
     *                       ({@link GrantedAutonomy#proceduresBeyond})
     */
    static CommitteeStanding of(TraineeDashboardView dashboard, List<String> beyondAutonomy, Staleness stale) {
        List<String> falling = dashboard.competencies().stream().filter(c -> c.trend() == Trend.DECLINING)
                .map(CompetencyStatus::competency).toList();
        List<Attention> attention = new ArrayList<>();
        if (dashboard.status() == TraineeStatus.ENROLLED) {
            boolean begun = !dashboard.today().isBefore(dashboard.startDate());
            YearMonth thisMonth = YearMonth.from(dashboard.today());
            boolean reviewedThisMonth = dashboard.committeeReviews().stream().anyMatch(r -> r.reviewMonth().equals(thisMonth));
            if (begun && !reviewedThisMonth) {
                attention.add(Attention.NO_REVIEW_THIS_MONTH);
            }
            if (!falling.isEmpty()) {
                attention.add(Attention.MILESTONE_FALLING);
            }
            if (behindPace(dashboard)) {
                attention.add(Attention.BEHIND_PACE);
            }
            if (!beyondAutonomy.isEmpty()) {
                attention.add(Attention.PROCEDURE_ABOVE_GRANTED_AUTONOMY);
            }
        }
        RequirementProgress progress = dashboard.progress();
        return new CommitteeStanding(dashboard.traineeId(), dashboard.lastCommitteeReview(), dashboard.currentAutonomy(),
                falling, attention, stale, progress == null ? null : progress.percent(),
                progress == null ? null : progress.version());
    }

    /**
     * Behind the pace: after the first two weeks, progress lags the share of the program's days done by more than
     * the tolerance. Requirements are not met evenly (a milestone comes with a late evaluation, a presentation in
     * the last week), so only a wide gap says something; no requirement set, no pace.
     */
    static boolean behindPace(TraineeDashboardView dashboard) {
        RequirementProgress progress = dashboard.progress();
        if (progress == null || dashboard.programDaysDone() <= DAYS_BEFORE_PACE_IS_JUDGED) {
            return false;
        }
        long programDays = ChronoUnit.DAYS.between(dashboard.startDate(), dashboard.endDate()) + 1;
        long expected = dashboard.programDaysDone() * 100 / programDays;
        return progress.percent() < expected - PACE_TOLERANCE_POINTS;
    }
}
