package org.cartledger.audit.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a line of printed text breaks: at spaces in Latin text, between any two characters in Chinese
 * (which has no spaces), and inside a word only when the word alone is wider than the line (a long
 * entry id, a hash), so that nothing runs off the page.
 */
final class LineBreaks {

    /** The printed width of a piece of text. */
    @FunctionalInterface
    interface Measure {
        float width(String text) throws IOException;
    }

    private LineBreaks() {
    }

    static List<String> of(String text, float lineWidth, Measure measure) throws IOException {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String piece : pieces(text)) {
            String candidate = line + piece;
            if (measure.width(candidate.stripTrailing()) <= lineWidth) {
                line = candidate;
                continue;
            }
            if (!line.isBlank()) {
                lines.add(line.stripTrailing());
            }
            line = piece.isBlank() ? "" : piece;
            while (measure.width(line) > lineWidth) {
                int cut = longestFittingPrefix(line, lineWidth, measure);
                lines.add(line.substring(0, cut));
                line = line.substring(cut);
            }
        }
        lines.add(line.stripTrailing());
        return lines;
    }

    /** Runs of spaces, single characters of scripts written without spaces, and words of everything else. */
    static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            boolean space = Character.isWhitespace(cp);
            boolean alone = writtenWithoutSpaces(cp);
            if (space || alone) {
                if (!word.isEmpty()) {
                    pieces.add(word.toString());
                    word.setLength(0);
                }
                if (space && !pieces.isEmpty() && pieces.get(pieces.size() - 1).isBlank()) {
                    pieces.set(pieces.size() - 1, pieces.get(pieces.size() - 1) + text.substring(i, next));
                } else {
                    pieces.add(text.substring(i, next));
                }
            } else {
                word.append(text, i, next);
            }
            i = next;
        }
        if (!word.isEmpty()) {
            pieces.add(word.toString());
        }
        return pieces;
    }

    private static boolean writtenWithoutSpaces(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                // the full-width punctuation that goes with them: 。，、；：！？（）《》“”
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF) || cp == 0x201C || cp == 0x201D;
    }

    /** At least one character, so that a line always moves on. */
    private static int longestFittingPrefix(String text, float lineWidth, Measure measure) throws IOException {
        int end = text.offsetByCodePoints(0, 1);
        while (end < text.length()) {
            int next = text.offsetByCodePoints(end, 1);
            if (measure.width(text.substring(0, next)) > lineWidth) {
                break;
            }
            end = next;
        }
        return end;
    }
}
