package org.cartledger.query.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
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
import org.cartledger.query.processing.ReadModels;
import org.cartledger.query.processing.StaleViews;
import org.springframework.stereotype.Component;

/**
 * Each trainee's standing before the committee, for the cohort (which asks on the query bus): read from the
 * served dashboards of many trainees in one statement, through the same view code as a trainee's dashboard, so
 * the cohort and the dashboard can never disagree on the last review, the autonomy granted or a falling
 * milestone.
 */
@Component
class CommitteeStandings {

    private final ServedDashboards dashboards;
    private final StaleViews staleViews;
    private final Clock clock;

    CommitteeStandings(ServedDashboards dashboards, StaleViews staleViews, Clock clock) {
        this.dashboards = dashboards;
        this.staleViews = staleViews;
        this.clock = clock;
    }

    /** The standing of each of the trainees that has a dashboard row; those without one are left out. */
    @QueryHandler
    CommitteeStandingsView handle(FindCommitteeStandingsQuery query) {
        List<CommitteeStanding> standings = new ArrayList<>();
        if (query.trainees().isEmpty()) {
            return new CommitteeStandingsView(standings);
        }
        Function<TraineeId, Staleness> staleness = staleViews.forEach(ReadModels.DASHBOARD);
        for (DashboardState state : dashboards.of(query.trainees().stream().map(TraineeId::value).toList())) {
            // the program site's today, as on the dashboard itself
            LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(state.timeZone)));
            standings.add(of(DashboardViews.of(state, today), staleness.apply(state.traineeId)));
        }
        return new CommitteeStandingsView(standings);
    }

    /** The standing a dashboard shows; the rules of attention are here, one place for the API and the pages. */
    static CommitteeStanding of(TraineeDashboardView dashboard, Staleness stale) {
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
        }
        return new CommitteeStanding(dashboard.traineeId(), dashboard.lastCommitteeReview(), dashboard.currentAutonomy(),
                falling, attention, stale);
    }
}
