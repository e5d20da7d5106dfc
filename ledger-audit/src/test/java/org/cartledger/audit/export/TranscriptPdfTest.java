package org.cartledger.audit.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.transcript.TranscriptEntryView;
import org.cartledger.api.transcript.TranscriptView;
import org.cartledger.proof.bundle.BundleTreeHead;
import org.junit.jupiter.api.Test;

/** The PDF transcript prints Chinese as written, in an embedded subset of its font, and wraps what is long. */
class TranscriptPdfTest {

    private static final Instant AT = Instant.parse("2026-11-20T08:00:00Z");
    private static final String ROOT = "0d69d0f4971d2ff574e3d93cbc218dc950bf3f3f8f8e2c008d97687ed53aee59";

    @Test
    void chineseNamesAndNotesPrintAsWrittenNotAsQuestionMarks() throws IOException {
        String summary = "王小明 (F-2026-001), Fellow; presented 间皮素 CAR-T 治疗胸膜间皮瘤的病例，带教老师：赵医生";
        String text = textOf(pdf(entry(summary)));

        assertThat(text).contains("王小明").contains("间皮素").contains("胸膜间皮瘤").contains("带教老师：赵医生");
        assertThat(text).doesNotContain("?");
    }

    @Test
    void theFontIsEmbeddedAsASubsetSoThePdfStaysSmall() throws IOException {
        byte[] pdf = pdf(entry("王小明 signed off 细胞因子释放综合征"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            PDFont text = fonts.stream().filter(font -> font.getName().contains("NotoSansSC")).findFirst().orElseThrow();
            assertThat(text.isEmbedded()).isTrue();
            // a subset's name carries a six-letter tag: ABCDEF+NotoSansSC-Regular
            assertThat(text.getName()).matches("[A-Z]{6}\\+NotoSansSC.*");
        }
        assertThat(pdf.length).as("a subset, not the 10 MB font").isLessThan(200_000);
    }

    @Test
    void longLinesAreWrappedSoNothingIsCutAtThePageEdge() throws IOException {
        StringBuilder summary = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            summary.append("word").append(i).append(' ');
        }
        summary.append("细胞因子释放综合征的处理与神经毒性的早期识别及分级，由带教老师在查房时签字确认并记录在案。".repeat(3));
        String text = textOf(pdf(entry(summary.toString())));

        String flat = text.replaceAll("\\s+", "");
        for (int i = 0; i < 40; i++) {
            assertThat(text).contains("word" + i);
        }
        assertThat(flat).contains("由带教老师在查房时签字确认并记录在案。".repeat(1));
        assertThat(flat).contains(ROOT);
        assertThat(text.lines().count()).as("the summary took several lines").isGreaterThan(8);
    }

    private static TranscriptEntryView entry(String summary) {
        return new TranscriptEntryView(17, "entry-with-a-rather-long-identifier-0123456789abcdef", "AttendanceRecorded",
                AT, AT, "fac-zhao", "FACULTY", summary, null, null, null, null);
    }

    private static byte[] pdf(TranscriptEntryView entry) {
        return TranscriptPdf.of(new TranscriptView(new TraineeId("F-2026-001"), List.of(entry)),
                new BundleTreeHead(1200L, ROOT, "2026-11-27T02:00:00Z", "c2lnbmF0dXJl", "ab".repeat(32)), "ab".repeat(32), AT);
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
