package org.cartledger.web.entries;

import java.time.LocalDate;
import java.util.Map;

/**
 * An entry form as sent, read against its fields: the values (blank ones left out) and, for each field the
 * form could not send as meant, what is wrong with it (a key of the entries bundle). Nothing is sent to the
 * ledger while there is a problem.
 */
public record FilledForm(Map<String, String> values, Map<String, String> problems) {

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** The value of a field; null when it was left blank. */
    public String text(String field) {
        return values.get(field);
    }

    Integer number(String field) {
        String value = values.get(field);
        return value == null ? null : Integer.valueOf(value);
    }

    boolean yes(String field) {
        return values.containsKey(field);
    }

    LocalDate day() {
        return LocalDate.parse(values.get(EntryForms.DATE));
    }

    <E extends Enum<E>> E choice(String field, Class<E> type) {
        String value = values.get(field);
        return value == null ? null : Enum.valueOf(type, value);
    }
}
