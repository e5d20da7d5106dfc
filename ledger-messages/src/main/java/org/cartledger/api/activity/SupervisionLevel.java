package org.cartledger.api.activity;

/** How much the supervising faculty member did, from watching to letting the trainee act alone. */
public enum SupervisionLevel {
    OBSERVED,
    ASSISTED,
    DIRECT_SUPERVISION,
    INDIRECT_SUPERVISION,
    INDEPENDENT
}
