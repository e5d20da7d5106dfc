package org.cartledger.web.entries;

/**
 * One value a form field offers, in the page's language.
 *
 * @param code  what the form sends and the command carries, exactly as the catalog names it
 * @param hint  what the value means, when the label alone does not say (a milestone level); may be null
 */
public record Option(String code, String label, String hint) {
}
