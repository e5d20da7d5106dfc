package org.cartledger.api.dashboard;

import java.util.List;
import org.cartledger.api.cohort.CommitteeStanding;

/** @param standings one per trainee asked about that has a dashboard; a trainee without one is left out */
public record CommitteeStandingsView(List<CommitteeStanding> standings) {

    public CommitteeStandingsView {
        standings = List.copyOf(standings);
    }
}
