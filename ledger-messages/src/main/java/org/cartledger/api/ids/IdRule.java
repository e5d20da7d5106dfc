package org.cartledger.api.ids;

/**
 * The form of every identifier the ledger is given: a trainee id, a user id (and so every faculty field that names
 * a person), an entry id, a catalog code. One pattern for all of them, {@value #PATTERN}: 1 to 64 ASCII letters,
 * digits, '.', '_', '@' or '-', starting with a letter or digit. No spaces or ':' (HTTP Basic separates the user
 * from the password with it), nothing that needs escaping in a path, a log line or a CSV cell, nothing that looks
 * like another character. UUIDs fit. It lives with the messages so that the HTTP edge and the messages hold ids to
 * the same rule.
 */
public final class IdRule {

    public static final String PATTERN = "^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$";
    public static final String DESCRIPTION = "must be 1 to 64 letters, digits, '.', '_', '@' or '-', starting with a letter or digit";

    private IdRule() {
    }
}
