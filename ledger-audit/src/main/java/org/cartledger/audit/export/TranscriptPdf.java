package org.cartledger.audit.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final PDFont MONO = new PDType1Font(Standard14Fonts.FontName.COURIER);
    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private TranscriptPdf() {
    }

    static byte[] of(TranscriptView transcript, BundleTreeHead treeHead, String publicKeyId, Instant exportedAt) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Writer writer = new Writer(document);
            writer.line(BOLD, 16, "Training transcript: " + transcript.traineeId());
            writer.line(REGULAR, 10, "Oncology Fellowship Program in Cellular Therapy. Exported " + exportedAt + ".");
            writer.gap();
            for (TranscriptEntryView entry : transcript.entries()) {
                writer.line(BOLD, 10, "#" + entry.ledgerPosition() + "  " + entry.entryType()
                        + (entry.correctedByEntryId() != null ? "  [CORRECTED - does not count]" : ""));
                writer.paragraph(REGULAR, 9, entry.summary());
                writer.line(REGULAR, 8, "occurred " + entry.occurredAt() + "; recorded " + entry.recordedAt() + " by "
                        + entry.recorderId() + " (" + entry.recorderRole() + "); entry " + entry.entryId());
                if (entry.correctedByEntryId() != null) {
                    writer.paragraph(REGULAR, 8, "Corrected by entry " + entry.correctedByEntryId() + ": " + entry.correctionReason());
                }
                writer.gap();
            }
            writer.line(BOLD, 11, "Verification");
            writer.paragraph(REGULAR, 9, "These entries are part of the ledger's Merkle tree of " + treeHead.treeSize()
                    + " events, whose root the ledger signed at " + treeHead.timestamp() + " with Ed25519 key " + publicKeyId + ":");
            writer.paragraph(MONO, 8, treeHead.rootHash());
            writer.paragraph(REGULAR, 9, "To verify: ask for the transcript bundle (GET /api/trainees/" + transcript.traineeId()
                    + "/transcript-bundle) and run: java -jar ledger-verifier-exec.jar bundle <bundle.json> --public-key <key>. "
                    + "The bundle's tree head must carry the root printed above; docs/ledger-proofs.md describes every check.");
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

        void line(PDFont font, float size, String text) throws IOException {
            if (y < MARGIN + size) {
                newPage();
            }
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(MARGIN, y);
            stream.showText(printable(font, text));
            stream.endText();
            y -= size * 1.4f;
        }

        void paragraph(PDFont font, float size, String text) throws IOException {
            for (String line : wrap(font, size, printable(font, text == null ? "" : text))) {
                line(font, size, line);
            }
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

        private static List<String> wrap(PDFont font, float size, String text) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split("\\s+")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (font.getStringWidth(candidate) / 1000 * size > WIDTH && !line.isEmpty()) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
            return lines;
        }

        /** The standard PDF fonts cover Latin-1 only; anything else is shown as '?' (the JSON and CSV carry it exactly). */
        private static String printable(PDFont font, String text) {
            StringBuilder out = new StringBuilder();
            text.codePoints().forEach(cp -> {
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
