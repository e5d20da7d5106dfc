package org.cartledger.api.recording;

/**
 * Why a command was refused, in a form that survives the trip back from wherever the command was
 * handled (in this process, or on another node through Axon Server).
 *
 * @param rule   a stable, kebab-case name of the broken rule, e.g. {@code entry-outside-program-dates}
 * @param status the HTTP status that fits: 404 unknown trainee, 409 conflict with the record's state,
 *               422 an entry the rules do not allow
 * @param detail what was wrong and how to put it right, in words for the person who sent it
 */
public record CommandRefusal(String rule, int status, String detail) {
}
