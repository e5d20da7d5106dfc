package org.cartledger.audit.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The font the transcript is printed in: Noto Sans SC (SIL Open Font License 1.1, fonts/NotoSansSC-LICENSE.txt),
 * which covers Latin and Chinese alike, so a trainee's Chinese name and a faculty member's Chinese notes print as
 * written. The build takes it from the npm registry (ledger-audit/pom.xml); only the glyphs a transcript uses are
 * embedded in it (a subset), so a PDF stays small although the font is 10 MB.
 *
 * <p>Each document parses the font from bytes read once. Parsing it once for all was tried: the embedding and
 * subsetting cost the same 150-300 ms per transcript either way on a 2-core machine, and a parsed font cannot be
 * shared between threads, so transcripts would have been printed one at a time for no gain.
 */
final class TranscriptFont {

    static final String RESOURCE = "/fonts/NotoSansSC-Regular.ttf";
    private static byte[] bytes;

    private TranscriptFont() {
    }

    /** The font, embedded as a subset in this document. */
    static PDFont embeddedIn(PDDocument document) throws IOException {
        try (InputStream font = new ByteArrayInputStream(bytes())) {
            return PDType0Font.load(document, font, true);
        }
    }

    private static synchronized byte[] bytes() {
        if (bytes == null) {
            try (InputStream font = TranscriptFont.class.getResourceAsStream(RESOURCE)) {
                if (font == null) {
                    // never print a transcript with '?' for every Chinese character: say what is missing instead
                    throw new IllegalStateException("The transcript font " + RESOURCE + " is not on the class path; "
                            + "ledger-audit's build puts it there (maven-antrun-plugin, execution transcript-font)");
                }
                bytes = font.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bytes;
    }
}
