package org.cartledger.api.cohort;

public enum TraineeStatus {
    ENROLLED,
    COMPLETED,
    WITHDRAWN
}
