package org.cartledger.query.transcript;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.cartledger.api.transcript.ExportTranscriptQuery;
import org.cartledger.api.transcript.FindTranscriptQuery;
import org.cartledger.api.transcript.TranscriptFile;
import org.cartledger.api.transcript.TranscriptEntryView;
import org.cartledger.api.transcript.TranscriptView;
import org.cartledger.query.processing.Generations;
import org.cartledger.query.processing.ReadModels;
import org.cartledger.query.processing.StaleViews;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class TranscriptQueryHandler {

    private final JdbcTemplate jdbc;
    private final StaleViews staleViews;
    private final TranscriptFactsCodec facts;

    TranscriptQueryHandler(JdbcTemplate jdbc, StaleViews staleViews, TranscriptFactsCodec facts) {
        this.jdbc = jdbc;
        this.facts = facts;
        this.staleViews = staleViews;
    }

    /** Empty when the trainee has no entries: every record starts with its enrollment. */
    @QueryHandler
    Optional<TranscriptView> handle(FindTranscriptQuery query) {
        List<TranscriptEntryView> lines = jdbc.query("select t.* from transcript_entry t "
                + Generations.served(ReadModels.TRANSCRIPT, "t") + " where t.trainee_id = ? order by t.ledger_position",
                (row, i) -> line(row), query.traineeId().value());
        return lines.isEmpty() ? Optional.empty() : Optional.of(new TranscriptView(query.traineeId(), lines,
                staleViews.of(ReadModels.TRANSCRIPT, query.traineeId()).orElse(null)));
    }

    /** The CSV for the web app's download; the HTTP API serves the same file (TranscriptController). */
    @QueryHandler
    Optional<TranscriptFile> handle(ExportTranscriptQuery.Csv query) {
        return handle(new FindTranscriptQuery(query.traineeId())).map(transcript -> new TranscriptFile(
                "transcript-" + query.traineeId() + ".csv", TranscriptController.TEXT_CSV.toString(),
                TranscriptCsv.of(transcript).getBytes(StandardCharsets.UTF_8)));
    }

    private TranscriptEntryView line(ResultSet row) throws SQLException {
        return new TranscriptEntryView(row.getLong("ledger_position"), row.getString("entry_id"), row.getString("entry_type"),
                row.getTimestamp("occurred_at").toInstant(), row.getTimestamp("recorded_at").toInstant(),
                row.getString("recorder_id"), row.getString("recorder_role"), row.getString("summary"),
                row.getString("corrected_by_entry_id"), row.getString("correction_reason"),
                row.getString("corrects_entry_id"), row.getString("replacement_entry_id"), facts.read(row.getString("facts")));
    }
}
