package org.cartledger.query.transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.cartledger.api.transcript.TranscriptEntryView;
import org.cartledger.api.transcript.TranscriptView;

/**
 * A transcript as CSV (RFC 4180: comma separated, CRLF line ends, fields quoted when they need it).
 * A cell that a spreadsheet would run as a formula (starting with =, +, - or @) is prefixed with an
 * apostrophe, so opening the file cannot execute what someone typed into a free-text field.
 */
final class TranscriptCsv {

    static final String HEADER = "ledger_position,entry_id,entry_type,occurred_at,recorded_at,recorder_id,recorder_role,"
            + "summary,corrected_by_entry_id,correction_reason,corrects_entry_id,replacement_entry_id";

    private TranscriptCsv() {
    }

    static String of(TranscriptView transcript) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (TranscriptEntryView entry : transcript.entries()) {
            List<Object> cells = new ArrayList<>(List.of(entry.ledgerPosition(), entry.entryId(), entry.entryType(),
                    entry.occurredAt(), entry.recordedAt()));
            cells.addAll(java.util.Arrays.asList(entry.recorderId(), entry.recorderRole(), entry.summary(),
                    entry.correctedByEntryId(), entry.correctionReason(), entry.correctsEntryId(), entry.replacementEntryId()));
            csv.append(cells.stream().map(TranscriptCsv::cell).collect(Collectors.joining(","))).append("\r\n");
        }
        return csv.toString();
    }

    static String cell(Object value) {
        String text = Objects.toString(value, "");
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
