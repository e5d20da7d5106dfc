package org.cartledger.api.dashboard;

import java.util.List;
import org.cartledger.api.ids.TraineeId;

/**
 * Where each of these trainees stands before the committee, read from their dashboards in one go: what the
 * cohort lists beside each trainee. Answered with a {@link CommitteeStandingsView}.
 */
public record FindCommitteeStandingsQuery(List<TraineeId> trainees) {

    public FindCommitteeStandingsQuery {
        trainees = List.copyOf(trainees);
    }
}
