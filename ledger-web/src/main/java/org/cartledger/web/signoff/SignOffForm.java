package org.cartledger.web.signoff;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.cartledger.http.input.TextRule;
import org.cartledger.web.language.TypedText;

/**
 * What the sign-off form sends: the key it was rendered with, the sign-offs of the skill the person saw
 * (to wait for the dashboard to show this one), the day (today, unless changed) and optional notes. Shape
 * checks only; the rules are the ledger's.
 *
 * @param key  made when the form was rendered; the same for every submission of that form
 * @param seen how many sign-offs of this skill the page showed
 * @param date the day the skill was shown, ISO (yyyy-MM-dd), as a date input sends it
 */
record SignOffForm(String key, Integer seen, String date, String notes) {

    static final int NOTES_MAX = 4000;

    /** Blank notes are no notes. */
    String notesOrNull() {
        return TypedText.of(notes);
    }

    /** The day chosen; null when it is not a date. */
    LocalDate day() {
        try {
            return date == null ? null : LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** What is wrong with the notes, as a message key; null when nothing is. */
    String notesProblem() {
        String text = notesOrNull();
        if (text == null) {
            return null;
        }
        if (text.length() > NOTES_MAX) {
            return "signOff.notes.tooLong";
        }
        return TextRule.allows(text, true) ? null : "signOff.notes.control";
    }
}
