package org.cartledger.api.cohort;

import org.cartledger.api.enrollment.Track;

/** Every trainee, optionally only those with the given status and/or track (null means any). */
public record FindCohortQuery(TraineeStatus status, Track track) {
}
