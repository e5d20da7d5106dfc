package org.cartledger.audit.export;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Lays out lines top to bottom on A4, starting a new page when one is full: how the transcript and the
 * committee report are printed, so that both wrap, paginate and fall back for missing glyphs alike.
 */
final class PdfLines {

    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private final PDDocument document;
    private PDPageContentStream stream;
    private float y;

    PdfLines(PDDocument document) throws IOException {
        this.document = document;
        newPage();
    }

    /** Text over as many lines as it needs: nothing is cut at the page's edge. */
    void paragraph(PDFont font, float size, String text) throws IOException {
        for (String line : LineBreaks.of(printable(font, text == null ? "" : text), WIDTH,
                part -> font.getStringWidth(part) / 1000 * size)) {
            line(font, size, line);
        }
    }

    private void line(PDFont font, float size, String text) throws IOException {
        if (y < MARGIN + size) {
            newPage();
        }
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(MARGIN, y);
        stream.showText(text);
        stream.endText();
        y -= size * 1.4f;
    }

    void gap() {
        y -= 6;
    }

    void close() throws IOException {
        stream.close();
    }

    private void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    /**
     * The font covers Latin and Chinese; a character it has no glyph for (an emoji, a rare character) is shown
     * as '?', and control characters as a space (the JSON, CSV and bundle carry every character exactly).
     */
    private static String printable(PDFont font, String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                out.append(cp == '\n' || cp == '\r' || cp == '\t' ? ' ' : '?');
                return;
            }
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
