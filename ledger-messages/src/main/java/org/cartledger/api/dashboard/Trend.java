package org.cartledger.api.dashboard;

/** How a competency's latest milestone level compares with the one before it. */
public enum Trend {
    FIRST_RATING,
    IMPROVING,
    STEADY,
    DECLINING
}
