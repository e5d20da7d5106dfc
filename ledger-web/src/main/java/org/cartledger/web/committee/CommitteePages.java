package org.cartledger.web.committee;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.function.Supplier;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.cartledger.api.committee.CommitteeReportFile;
import org.cartledger.api.committee.ExportCommitteeReportQuery;
import org.cartledger.api.dashboard.FindTraineeDashboardQuery;
import org.cartledger.api.dashboard.TraineeDashboardView;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.replay.DashboardAsItStoodView;
import org.cartledger.api.replay.FindDashboardAsItStoodQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The committee pages' questions to the ledger, on the query bus. A question the ledger does not answer
 * (a side down, a timeout) becomes {@link Unanswered}, which the pages show as a page of their own with 503,
 * never as a bare error.
 */
@Component
class CommitteePages {

    static final String UNAVAILABLE = "web/committee/unavailable";
    private static final Logger log = LoggerFactory.getLogger(CommitteePages.class);

    private final QueryGateway queries;

    CommitteePages(QueryGateway queries) {
        this.queries = queries;
    }

    Optional<TraineeDashboardView> dashboard(TraineeId traineeId) {
        return ask(() -> queries.query(new FindTraineeDashboardQuery(traineeId),
                ResponseTypes.optionalInstanceOf(TraineeDashboardView.class)).join());
    }

    DashboardAsItStoodView asItStood(FindDashboardAsItStoodQuery query) {
        return ask(() -> queries.query(query, DashboardAsItStoodView.class).join());
    }

    Optional<CommitteeReportFile> report(ExportCommitteeReportQuery query) {
        return ask(() -> queries.query(query, ResponseTypes.optionalInstanceOf(CommitteeReportFile.class)).join());
    }

    <T> T ask(Supplier<T> question) {
        try {
            return question.get();
        } catch (RuntimeException e) {
            log.warn("A committee page's question failed", e);
            throw new Unanswered(e);
        }
    }

    /** The ledger did not answer a page's question. */
    static final class Unanswered extends RuntimeException {
        Unanswered(Throwable cause) {
            super(cause);
        }
    }

    static String unavailable(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        return UNAVAILABLE;
    }
}
