package org.cartledger.api.cohort;

/**
 * Why the committee should look at a trainee in progress at its next meeting. The cohort names each
 * reason, so a flag is never a bare colour: the committee sees what to look at.
 */
public enum Attention {
    /** The program has begun and the committee has recorded no review for this calendar month. */
    NO_REVIEW_THIS_MONTH,
    /** A competency's latest milestone level is below the level before it. */
    MILESTONE_FALLING,
    /**
     * Progress toward the requirements lags the share of program days done by more than the tolerance the query side
     * documents (CommitteeStandings: 20 percentage points, and not before the program's third week).
     */
    BEHIND_PACE,
    /**
     * A clinical procedure took place, after the latest review granting autonomy, with less supervision than that
     * autonomy allows (the mapping is the query side's GrantedAutonomy).
     */
    PROCEDURE_ABOVE_GRANTED_AUTONOMY
}
