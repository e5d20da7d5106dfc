package org.cartledger.http.input;

/**
 * What text the ledger holds, decided once for every string of every request (body fields at any
 * depth, map keys, path segments, query parameters):
 *
 * <ul>
 *   <li>no C0 control character (U+0000 to U+001F): PostgreSQL cannot store NUL in {@code text} or
 *       {@code jsonb} at all, and the others are invisible; tab, line feed and carriage return (and
 *       U+2028, U+2029) only where a field is declared {@link MultilineText};</li>
 *   <li>no DEL or C1 control character (U+007F to U+009F);</li>
 *   <li>no unpaired surrogate: it is not a character, and UTF-8 cannot hold it, so it would be
 *       changed on the way to the database;</li>
 *   <li>no bidirectional embedding, override or isolate (U+202A to U+202E, U+2066 to U+2069): they
 *       make a record display differently from what is stored (a name or a reason that reads
 *       backwards). The marks U+200E, U+200F and U+061C stay allowed: mixed Arabic or Hebrew and
 *       Latin text needs them and they reorder nothing beyond themselves;</li>
 *   <li>no U+FEFF (a byte-order mark inside text is a tool's mistake) and no Unicode noncharacter
 *       (U+FDD0 to U+FDEF, and U+xxFFFE, U+xxFFFF of every plane): not meant for interchange.</li>
 * </ul>
 * Everything else, any script, accents, emoji, zero-width joiners, is kept exactly as sent: the
 * ledger neither trims nor normalizes.
 */
public final class TextRule {

    private TextRule() {
    }

    /** Why this text cannot be held, in words for the client's developer; null when it can. */
    public static String violation(String text, boolean multiline) {
        if (text == null) {
            return null;
        }
        int position = 0;
        for (int i = 0; i < text.length(); i++) {
            position++;
            char c = text.charAt(i);
            String problem;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                problem = isNoncharacter(Character.toCodePoint(c, text.charAt(i + 1))) ? "a Unicode noncharacter" : null;
                if (problem != null) {
                    return describe(Character.toCodePoint(c, text.charAt(i + 1)), problem, position);
                }
                i++;
                continue;
            }
            problem = problem(c, multiline);
            if (problem != null) {
                return describe(c, problem, position);
            }
        }
        return null;
    }

    /** True when the text may be held in a field of this kind. */
    public static boolean allows(String text, boolean multiline) {
        return violation(text, multiline) == null;
    }

    private static String problem(char c, boolean multiline) {
        if (c == '\t' || c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
            return multiline ? null : "a line break or tab, which only notes, comments and other texts of several lines may hold";
        }
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            return "a control character";
        }
        if (Character.isSurrogate(c)) {
            return "half of a surrogate pair without its other half (not a character; the text was cut or badly encoded)";
        }
        if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
            return "a bidirectional override or isolate, which makes the text display differently from what is stored";
        }
        if (c == '\uFEFF') {
            return "a byte-order mark (zero-width no-break space)";
        }
        return isNoncharacter(c) ? "a Unicode noncharacter" : null;
    }

    private static boolean isNoncharacter(int codePoint) {
        return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
    }

    private static String describe(int codePoint, String problem, int position) {
        return "must not contain U+" + String.format("%04X", codePoint) + " (" + problem + "), found at character "
                + position + "; remove it and send the text again";
    }
}
