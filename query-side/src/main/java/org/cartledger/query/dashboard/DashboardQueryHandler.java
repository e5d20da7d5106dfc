package org.cartledger.query.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.cartledger.api.dashboard.FindTraineeDashboardQuery;
import org.cartledger.api.dashboard.TraineeDashboardView;
import org.cartledger.query.processing.ReadModels;
import org.cartledger.query.processing.StaleViews;
import org.cartledger.query.requirements.RequirementSetsOnRecord;
import org.springframework.stereotype.Component;

@Component
class DashboardQueryHandler {

    private final ServedDashboards dashboards;
    private final StaleViews staleViews;
    private final Clock clock;
    private final RequirementSetsOnRecord requirementSets;

    DashboardQueryHandler(ServedDashboards dashboards, StaleViews staleViews, Clock clock, RequirementSetsOnRecord requirementSets) {
        this.dashboards = dashboards;
        this.staleViews = staleViews;
        this.clock = clock;
        this.requirementSets = requirementSets;
    }

    @QueryHandler
    Optional<TraineeDashboardView> handle(FindTraineeDashboardQuery query) {
        return dashboards.of(List.of(query.traineeId().value())).stream().findFirst()
                .map(state -> {
                    // "today" is the program site's today: that is the day faculty and the committee are living in
                    LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(state.timeZone)));
                    // progress against the sets on record now, though the fold may be behind: a set recorded after
                    // the trainee's enrollment never applies to them unless the committee moved them to it
                    return DashboardViews.of(state, today, requirementSets.ofTrack(state.track))
                            .withStale(staleViews.of(ReadModels.DASHBOARD, query.traineeId()).orElse(null));
                });
    }
}
