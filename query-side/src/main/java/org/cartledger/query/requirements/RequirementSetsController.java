package org.cartledger.query.requirements;

import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.cartledger.api.enrollment.Track;
import org.cartledger.api.requirements.FindRequirementSetsQuery;
import org.cartledger.api.requirements.RequirementSetView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The requirement sets on record, every version, read from the ledger itself (they are defined at POST of the same path). */
@RestController
public class RequirementSetsController {

    private final QueryGateway queries;

    public RequirementSetsController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/requirement-sets")
    public List<RequirementSetView> all() {
        return sets(null);
    }

    @GetMapping("/api/requirement-sets/{track}")
    public List<RequirementSetView> ofTrack(@PathVariable Track track) {
        return sets(track);
    }

    private List<RequirementSetView> sets(Track track) {
        return queries.query(new FindRequirementSetsQuery(track), ResponseTypes.multipleInstancesOf(RequirementSetView.class)).join();
    }
}
