package org.cartledger.web.signoff;

import java.util.regex.Pattern;
import org.cartledger.http.input.TextRule;

/**
 * What the sign-off form sends: the key it was rendered with, the sign-offs of the skill the person saw
 * (to wait for the dashboard to show this one), and optional notes. Shape checks only; the rules are
 * the ledger's.
 *
 * @param key  made when the form was rendered; the same for every submission of that form
 * @param seen how many sign-offs of this skill the page showed
 */
record SignOffForm(String key, Integer seen, String notes) {

    static final int NOTES_MAX = 4000;
    private static final Pattern KEY = Pattern.compile("web-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** Blank notes are no notes. */
    String notesOrNull() {
        return notes == null || notes.isBlank() ? null : notes.strip();
    }

    boolean keyIsOurs() {
        return key != null && KEY.matcher(key).matches();
    }

    /** What is wrong with the notes, as a message key and its argument; null when nothing is. */
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
