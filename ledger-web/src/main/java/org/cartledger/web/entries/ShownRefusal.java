package org.cartledger.web.entries;

/**
 * A refusal as the page shows it: next to a field of the form (or at the top of it, when the refusal names
 * none of its fields), with the rule's title and explanation in the page's language.
 *
 * @param field the field the refusal is about; null for the form as a whole
 * @param rule  the ledger's name of the rule, shown small for whoever reports it
 */
public record ShownRefusal(String field, String title, String explanation, String rule) {

    public boolean isAbout(String fieldName) {
        return fieldName.equals(field);
    }
}
