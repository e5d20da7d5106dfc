package org.cartledger.query.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.cartledger.api.dashboard.FindTraineeDashboardQuery;
import org.cartledger.api.dashboard.TraineeDashboardView;
import org.springframework.stereotype.Component;

@Component
class DashboardQueryHandler {

    private final DashboardDocumentRepository documents;
    private final DashboardStateCodec codec;
    private final Clock clock;

    DashboardQueryHandler(DashboardDocumentRepository documents, DashboardStateCodec codec, Clock clock) {
        this.documents = documents;
        this.codec = codec;
        this.clock = clock;
    }

    @QueryHandler
    Optional<TraineeDashboardView> handle(FindTraineeDashboardQuery query) {
        return documents.findById(query.traineeId()).map(document -> {
            DashboardState state = codec.read(document.state());
            // "today" is the program site's today: that is the day faculty and the committee are living in
            LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(state.timeZone)));
            return DashboardViews.of(state, today);
        });
    }
}
