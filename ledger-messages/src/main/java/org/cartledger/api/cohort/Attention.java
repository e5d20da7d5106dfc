package org.cartledger.api.cohort;

/**
 * Why the committee should look at a trainee in progress at its next meeting. The cohort names each
 * reason, so a flag is never a bare colour: the committee sees what to look at.
 */
public enum Attention {
    /** The program has begun and the committee has recorded no review for this calendar month. */
    NO_REVIEW_THIS_MONTH,
    /** A competency's latest milestone level is below the level before it. */
    MILESTONE_FALLING
}
