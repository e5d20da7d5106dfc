package org.cartledger.api.requirements;

/** The kinds of requirement a {@link RequirementSet} holds, in the order progress lists them. */
public enum RequirementKind {
    PROCEDURE,
    SKILL,
    ATTENDANCE,
    MILESTONE,
    RESEARCH_PRESENTATION,
    COMMITTEE_REVIEW
}
