package org.cartledger.api.cohort;

import java.util.List;

public record CohortView(List<CohortMemberView> trainees) {
}
