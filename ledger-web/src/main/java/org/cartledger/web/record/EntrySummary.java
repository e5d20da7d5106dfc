package org.cartledger.web.record;

/**
 * An entry in one line, as a page shows it.
 *
 * @param language the language of the text when it is not the page's (the transcript's English summary of a line
 *                 without facts), for the element's {@code lang}; null when it is in the page's language
 */
public record EntrySummary(String text, String language) {
}
