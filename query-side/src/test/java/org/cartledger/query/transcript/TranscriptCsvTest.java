package org.cartledger.query.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.transcript.TranscriptEntryView;
import org.cartledger.api.transcript.TranscriptView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The transcript as a spreadsheet opens it: RFC 4180, and nothing typed into an entry runs as a formula. */
class TranscriptCsvTest {

    private static final Instant OCCURRED = Instant.parse("2025-04-02T02:00:00Z");
    private static final Instant RECORDED = Instant.parse("2025-04-02T03:30:00Z");

    @Test
    void startsWithTheHeaderRow() {
        String csv = TranscriptCsv.of(transcript(line(7, "entry-1", "Skill signed off")));

        assertThat(csv).startsWith("ledger_position,entry_id,entry_type,occurred_at,recorded_at,recorder_id,"
                + "recorder_role,summary,corrected_by_entry_id,correction_reason,corrects_entry_id,replacement_entry_id\r\n");
    }

    @Test
    void writesOneRowPerEntryInTranscriptOrderWithEmptyCellsForWhatIsNotSet() {
        String csv = TranscriptCsv.of(transcript(line(7, "entry-1", "Skill signed off"), line(9, "entry-2", "Attended")));

        assertThat(csv.split("\r\n", -1)).containsExactly(
                TranscriptCsv.HEADER,
                "7,entry-1,SkillSignedOff,2025-04-02T02:00:00Z,2025-04-02T03:30:00Z,dr-zhou,FACULTY,Skill signed off,,,,",
                "9,entry-2,SkillSignedOff,2025-04-02T02:00:00Z,2025-04-02T03:30:00Z,dr-zhou,FACULTY,Attended,,,,",
                "");
    }

    @Test
    void endsEveryLineWithCarriageReturnAndLineFeed() {
        String csv = TranscriptCsv.of(transcript(line(7, "entry-1", "Skill signed off"), line(9, "entry-2", "Attended")));

        assertThat(csv).endsWith("\r\n");
        assertThat(csv.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    void writesBothSidesOfACorrection() {
        TranscriptEntryView corrected = new TranscriptEntryView(7, "entry-1", "SkillSignedOff", OCCURRED, RECORDED,
                "dr-zhou", "FACULTY", "Skill signed off", "entry-3", "Wrong skill", null, null);
        TranscriptEntryView correction = new TranscriptEntryView(12, "entry-3", "EntryCorrected", OCCURRED, RECORDED,
                "coordinator-li", "COORDINATOR", "Corrects entry entry-1", null, null, "entry-1", "entry-2");

        String csv = TranscriptCsv.of(transcript(corrected, correction));

        assertThat(csv).contains(",Skill signed off,entry-3,Wrong skill,,\r\n")
                .contains(",Corrects entry entry-1,,,entry-1,entry-2\r\n");
    }

    @Test
    void quotesACellWithACommaAndDoublesTheQuotesInIt() {
        String csv = TranscriptCsv.of(transcript(line(7, "entry-1", "Said \"fine\", then left")));

        assertThat(csv).contains(",FACULTY,\"Said \"\"fine\"\", then left\",,,,\r\n");
    }

    @Test
    void quotesACellWithALineBreakAndKeepsTheBreakInside() {
        String csv = TranscriptCsv.of(transcript(line(7, "entry-1", "first line\nsecond line\r\nthird line")));

        assertThat(csv).contains(",FACULTY,\"first line\nsecond line\r\nthird line\",,,,\r\n");
    }

    @Test
    void quotesACellThatIsOnlyAQuote() {
        assertThat(TranscriptCsv.cell("\"")).isEqualTo("\"\"\"\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+31 555 0100", "-2+3", "@SUM(A1:A9)"})
    void prefixesACellThatASpreadsheetWouldRunAsAFormula(String typed) {
        assertThat(TranscriptCsv.cell(typed)).isEqualTo("'" + typed);
    }

    @Test
    void guardsAFormulaFirstAndThenQuotesIt() {
        assertThat(TranscriptCsv.cell("=HYPERLINK(\"http://x.test\",\"open\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://x.test\"\",\"\"open\"\")\"");
    }

    @Test
    void guardsAFormulaInAnEntrysSummary() {
        String csv = TranscriptCsv.of(transcript(line(7, "entry-1", "=cmd|' /C calc'!A0")));

        assertThat(csv).contains(",FACULTY,'=cmd|' /C calc'!A0,,,,\r\n");
    }

    @Test
    void leavesNumbersAsNumbersEvenWhenNegative() {
        assertThat(TranscriptCsv.cell(-1L)).isEqualTo("-1");
        assertThat(TranscriptCsv.cell(42L)).isEqualTo("42");
    }

    @Test
    void leavesOrdinaryTextAloneAndWritesNothingForNothing() {
        assertThat(TranscriptCsv.cell("Attended Journal club")).isEqualTo("Attended Journal club");
        assertThat(TranscriptCsv.cell("it's 5-3")).isEqualTo("it's 5-3");
        assertThat(TranscriptCsv.cell(null)).isEmpty();
    }

    private static TranscriptView transcript(TranscriptEntryView... lines) {
        return new TranscriptView(new TraineeId("fellow-2025-017"), List.of(lines));
    }

    private static TranscriptEntryView line(long position, String entryId, String summary) {
        return new TranscriptEntryView(position, entryId, "SkillSignedOff", OCCURRED, RECORDED, "dr-zhou", "FACULTY",
                summary, null, null, null, null);
    }
}
