package org.cartledger.audit.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.apache.pdfbox.pdmodel.PDDocument;
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

    private TranscriptPdf() {
    }

    static byte[] of(TranscriptView transcript, BundleTreeHead treeHead, String publicKeyId, Instant exportedAt) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont text = TranscriptFont.embeddedIn(document);
            PdfLines writer = new PdfLines(document);
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
}
