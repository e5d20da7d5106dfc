package org.cartledger.web.language;

/**
 * Text from a page's form as the person typed it. A browser sends a textarea's line breaks as CRLF (HTML's form
 * encoding, whatever was typed); the ledger keeps a line break as LF, as the API's clients send it, so that the same
 * note reads the same whichever door it came through. Blank is nothing; the ends are trimmed.
 */
public final class TypedText {

    private TypedText() {
    }

    /** The text as typed, or null when nothing was. */
    public static String of(String sent) {
        return sent == null || sent.isBlank() ? null : sent.strip().replace("\r\n", "\n");
    }
}
