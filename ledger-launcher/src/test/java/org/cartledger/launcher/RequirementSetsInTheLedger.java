package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.cartledger.api.enrollment.Track;
import org.cartledger.api.requirements.FindRequirementSetsQuery;
import org.cartledger.api.requirements.RequirementSet;
import org.cartledger.api.requirements.RequirementSetView;

/**
 * A track's requirement sets as tests record them: by the coordinator, over HTTP. Whatever sets the ledger already
 * holds (the default recorded at its first start) come first, so a test reads the version it recorded rather than
 * assuming it.
 */
final class RequirementSetsInTheLedger {

    private RequirementSetsInTheLedger() {
    }

    static List<RequirementSetView> sets(RunningLedger ledger, Track track) {
        return ledger.bean(QueryGateway.class).query(new FindRequirementSetsQuery(track),
                ResponseTypes.multipleInstancesOf(RequirementSetView.class)).join();
    }

    /** Records the track's next set, in force for enrollments since 2020, as coordinator coord-li; answers its version. */
    static int define(RunningLedger ledger, Track track, RequirementSet requirements) {
        RunningLedger.Response defined = ledger.post("/api/requirement-sets/" + track, RunningLedger.JSON.writeValueAsString(
                Map.of("effectiveFrom", "2020-01-01", "requirements", requirements, "reason", "Revised for the test")));
        assertThat(defined.status()).as(defined.toString()).isEqualTo(201);
        String entryId = defined.json().get("entryId").asString();
        return sets(ledger, track).stream().filter(set -> set.entryId().equals(entryId)).findFirst().orElseThrow().version();
    }
}
