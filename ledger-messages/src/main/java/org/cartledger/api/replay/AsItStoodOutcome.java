package org.cartledger.api.replay;

/** Whether the ledger could show the dashboard as it stood, and if not, why not. */
public enum AsItStoodOutcome {
    SHOWN,
    /** The ledger holds no enrollment for the trainee. */
    NO_SUCH_TRAINEE,
    /** The trainee has no committee review with that entry id. */
    NO_SUCH_REVIEW,
    /** The ledger held nothing of the trainee yet at that cut. */
    BEFORE_ENROLLMENT,
    /** The cut lies beyond what the ledger holds: a later day or instant than now. */
    IN_THE_FUTURE,
    /** The query named no cut, or more than one. */
    NOT_ONE_CUT
}
