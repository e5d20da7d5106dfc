package org.cartledger.query.dashboard;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.cartledger.api.dashboard.FindTraineeDashboardQuery;
import org.cartledger.api.dashboard.TraineeDashboardView;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.query.processing.ReadModels;
import org.cartledger.query.processing.StaleViews;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class DashboardController {

    private final QueryGateway queryGateway;
    private final StaleViews staleViews;

    public DashboardController(QueryGateway queryGateway, StaleViews staleViews) {
        this.queryGateway = queryGateway;
        this.staleViews = staleViews;
    }

    @GetMapping("/api/trainees/{traineeId}/dashboard")
    public ResponseEntity<?> dashboard(@PathVariable TraineeId traineeId) {
        return staleViews.answer(ReadModels.DASHBOARD, traineeId,
                () -> queryGateway.query(new FindTraineeDashboardQuery(traineeId),
                        ResponseTypes.optionalInstanceOf(TraineeDashboardView.class)).join(),
                ResponseEntity::ok);
    }
}
