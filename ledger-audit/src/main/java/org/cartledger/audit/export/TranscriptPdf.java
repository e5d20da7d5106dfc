package org.cartledger.audit.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.cartledger.api.transcript.TranscriptEntryView;
import org.cartledger.api.transcript.TranscriptView;
import org.cartledger.proof.bundle.BundleTreeHead;

/**
 * The transcript for people: every entry in ledger order with who recorded it and when, corrections
 * marked, and at the end the signed tree head it was checked against and how to verify it.
 */
final class TranscriptPdf {

    private static final PDFont MONO = new PDType1Font(Standard14Fonts.FontName.COURIER);
    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private TranscriptPdf() {
    }

    static byte[] of(TranscriptView transcript, BundleTreeHead treeHead, String publicKeyId, Instant exportedAt) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont text = TranscriptFont.embeddedIn(document);
            Writer writer = new Writer(document);
            writer.paragraph(text, 16, "Training transcript: " + transcript.traineeId());
            writer.paragraph(text, 10, "Oncology Fellowship Program in Cellular Therapy. Exported " + exportedAt + ".");
            writer.gap();
            for (TranscriptEntryView entry : transcript.entries()) {
                writer.paragraph(text, 10, "#" + entry.ledgerPosition() + "  " + entry.entryType()
                        + (entry.correctedByEntryId() != null ? "  [CORRECTED - does not count]" : ""));
                writer.paragraph(text, 9, entry.summary());
                writer.paragraph(text, 8, "occurred " + entry.occurredAt() + "; recorded " + entry.recordedAt() + " by "
                        + entry.recorderId() + " (" + entry.recorderRole() + "); entry " + entry.entryId());
                if (entry.correctedByEntryId() != null) {
                    writer.paragraph(text, 8, "Corrected by entry " + entry.correctedByEntryId() + ": " + entry.correctionReason());
                }
                writer.gap();
            }
            writer.paragraph(text, 11, "Verification");
            writer.paragraph(text, 9, "These entries are part of the ledger's Merkle tree of " + treeHead.treeSize()
                    + " events, whose root the ledger signed at " + treeHead.timestamp() + " with Ed25519 key " + publicKeyId + ":");
            writer.paragraph(MONO, 8, treeHead.rootHash());
            writer.paragraph(text, 9, "To verify: ask for the transcript bundle (GET /api/trainees/" + transcript.traineeId()
                    + "/transcript-bundle) and run: java -jar ledger-verifier-exec.jar bundle <bundle.json> --public-key <key>, "
                    + "or open the web app's page /verify. The bundle's tree head must carry the root printed above; if the "
                    + "ledger has grown since, its newer head must be consistent with this one "
                    + "(GET /api/ledger/proofs/consistency). docs/ledger-proofs.md describes every check.");
            writer.close();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the transcript PDF", e);
        }
    }

    /** Lays out lines top to bottom, starting a new page when one is full. */
    private static final class Writer {
        private final PDDocument document;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument document) throws IOException {
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
}
