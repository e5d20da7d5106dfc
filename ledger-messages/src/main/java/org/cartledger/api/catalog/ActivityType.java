package org.cartledger.api.catalog;

/**
 * A round, conference or session from the program's schedule.
 *
 * @param casePresentation whether a trainee may present a case there (rounds and boards)
 */
public record ActivityType(String code, String name, boolean casePresentation) {
}
