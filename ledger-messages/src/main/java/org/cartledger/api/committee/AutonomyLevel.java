package org.cartledger.api.committee;

/**
 * The responsibility the committee entrusts the trainee with, granted step by step from initial
 * training to independent management of patient cases.
 */
public enum AutonomyLevel {
    OBSERVATION_ONLY,
    DIRECT_SUPERVISION,
    INDIRECT_SUPERVISION,
    SUPERVISION_ON_REQUEST,
    INDEPENDENT_MANAGEMENT
}
