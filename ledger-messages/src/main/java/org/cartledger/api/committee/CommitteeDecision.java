package org.cartledger.api.committee;

public enum CommitteeDecision {
    ON_TRACK,
    NEEDS_FOCUSED_SUPPORT,
    REMEDIATION_PLAN,
    READY_FOR_COMPLETION
}
