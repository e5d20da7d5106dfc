package org.cartledger.query.dashboard;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.cartledger.api.dashboard.FindTraineeDashboardQuery;
import org.cartledger.api.dashboard.TraineeDashboardView;
import org.cartledger.runtime.problem.Problems;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class DashboardController {

    private final QueryGateway queryGateway;

    public DashboardController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/api/trainees/{traineeId}/dashboard")
    public ResponseEntity<?> dashboard(@PathVariable String traineeId) {
        return queryGateway.query(new FindTraineeDashboardQuery(traineeId),
                        ResponseTypes.optionalInstanceOf(TraineeDashboardView.class))
                .join()
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> Problems.traineeNotFound(traineeId));
    }
}
