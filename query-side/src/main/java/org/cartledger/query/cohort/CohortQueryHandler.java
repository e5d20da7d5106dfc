package org.cartledger.query.cohort;

import org.axonframework.queryhandling.QueryHandler;
import org.cartledger.api.cohort.CohortView;
import org.cartledger.api.cohort.FindCohortQuery;
import org.springframework.stereotype.Component;

@Component
class CohortQueryHandler {

    private final CohortMemberRepository members;

    CohortQueryHandler(CohortMemberRepository members) {
        this.members = members;
    }

    @QueryHandler
    CohortView handle(FindCohortQuery query) {
        return new CohortView(members.findFiltered(query.status(), query.track()).stream().map(CohortMember::toView).toList());
    }
}
