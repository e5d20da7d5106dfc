package org.cartledger.command.requirements;

import java.util.List;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.cartledger.api.enrollment.Track;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.requirements.FindRequirementProgressQuery;
import org.cartledger.api.requirements.FindRequirementSetsQuery;
import org.cartledger.api.requirements.RequirementProgress;
import org.cartledger.api.requirements.RequirementSetView;
import org.springframework.stereotype.Component;

/** {@link RequirementsOnRecord} asked on the query bus, whose handlers fold the ledger itself (so it reads the same over Axon Server). */
@Component
class QueriedRequirements implements RequirementsOnRecord {

    private final QueryGateway queries;

    QueriedRequirements(QueryGateway queries) {
        this.queries = queries;
    }

    @Override
    public Optional<RequirementProgress> progressOf(TraineeId traineeId) {
        return queries.query(new FindRequirementProgressQuery(traineeId), ResponseTypes.optionalInstanceOf(RequirementProgress.class)).join();
    }

    @Override
    public List<RequirementSetView> setsOf(Track track) {
        return queries.query(new FindRequirementSetsQuery(track), ResponseTypes.multipleInstancesOf(RequirementSetView.class)).join();
    }
}
