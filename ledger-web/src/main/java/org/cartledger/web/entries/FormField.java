package org.cartledger.web.entries;

import java.util.List;

/**
 * One field of an entry form, as the form shows it (in the page's language) and reads it back.
 *
 * @param name      the request parameter, and the field a refusal is shown next to
 * @param options   the values a choice offers (from the catalog); for free text, what it suggests (a datalist)
 * @param maxLength the most characters text may have; for a number, the highest it may be
 * @param initial   what the form starts with (today, the most common choice); null for nothing
 */
public record FormField(String name, String label, Input input, List<Option> options, boolean required, int maxLength,
                        String initial) {

    public enum Input {
        /** A day, in the program's time zone. */
        DATE,
        /** One of a few options, each a large target (radio buttons). */
        CHOICE,
        /** One of many options (a select: the phone's own picker). */
        LIST,
        /** A milestone level: the catalog's levels side by side, their meanings said once per form. */
        LEVEL,
        YES_NO,
        NUMBER,
        TEXT,
        TEXTAREA
    }

    /** An id for the page: field names may hold dots (level.PATIENT_CARE), which CSS selectors would misread. */
    public String id() {
        return "f-" + name.replace('.', '-');
    }

    boolean offers(String code) {
        return options.stream().anyMatch(option -> option.code().equals(code));
    }
}
