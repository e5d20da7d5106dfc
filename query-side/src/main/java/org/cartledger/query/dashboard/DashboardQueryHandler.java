package org.cartledger.query.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.cartledger.api.dashboard.FindTraineeDashboardQuery;
import org.cartledger.api.dashboard.TraineeDashboardView;
import org.cartledger.query.processing.Generations;
import org.cartledger.query.processing.ReadModels;
import org.cartledger.query.processing.StaleViews;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class DashboardQueryHandler {

    private final JdbcTemplate jdbc;
    private final DashboardStateCodec codec;
    private final StaleViews staleViews;
    private final Clock clock;

    DashboardQueryHandler(JdbcTemplate jdbc, DashboardStateCodec codec, StaleViews staleViews, Clock clock) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.staleViews = staleViews;
        this.clock = clock;
    }

    @QueryHandler
    Optional<TraineeDashboardView> handle(FindTraineeDashboardQuery query) {
        return jdbc.queryForList("select d.state::text from trainee_dashboard d " + Generations.served(ReadModels.DASHBOARD, "d")
                        + " where d.trainee_id = ?", String.class, query.traineeId().value()).stream().findFirst()
                .map(json -> {
                    DashboardState state = codec.read(json);
                    // "today" is the program site's today: that is the day faculty and the committee are living in
                    LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(state.timeZone)));
                    return DashboardViews.of(state, today)
                            .withStale(staleViews.of(ReadModels.DASHBOARD, query.traineeId()).orElse(null));
                });
    }
}
