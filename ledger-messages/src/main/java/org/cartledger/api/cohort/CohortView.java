package org.cartledger.api.cohort;

import java.util.List;

/**
 * @param trainees the cohort's rows, each saying whether it is behind the ledger
 * @param unlisted trainees the cohort cannot list at all, because their enrollment is among the entries
 *                 the read model failed on: whatever the filter, since their status and track are unknown
 *                 here; empty when there are none
 */
public record CohortView(List<CohortMemberView> trainees, List<UnlistedTrainee> unlisted) {

    public CohortView(List<CohortMemberView> trainees) {
        this(trainees, List.of());
    }
}
