package org.cartledger.query.cohort;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.cartledger.api.cohort.CohortView;
import org.cartledger.api.cohort.FindCohortQuery;
import org.cartledger.api.cohort.TraineeStatus;
import org.cartledger.api.enrollment.Track;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class CohortController {

    private final QueryGateway queryGateway;

    public CohortController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/api/cohort")
    public CohortView cohort(@RequestParam(required = false) TraineeStatus status,
                             @RequestParam(required = false) Track track) {
        return queryGateway.query(new FindCohortQuery(status, track), ResponseTypes.instanceOf(CohortView.class)).join();
    }
}
