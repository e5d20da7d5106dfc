package org.cartledger.query.transcript;

import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.cartledger.api.transcript.FindTranscriptQuery;
import org.cartledger.api.transcript.TranscriptView;
import org.cartledger.runtime.problem.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The transcript as JSON, or as CSV for spreadsheets ({@code Accept: text/csv}, or the {@code .csv} path). */
@RestController
public class TranscriptController {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final QueryGateway queryGateway;

    public TranscriptController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/api/trainees/{traineeId}/transcript")
    public ResponseEntity<?> transcript(@PathVariable String traineeId,
                                        @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        // only an explicit text/csv asks for CSV; */* and everything else get JSON
        boolean csv = accept != null && MediaType.parseMediaTypes(accept).stream()
                .anyMatch(type -> "text".equals(type.getType()) && "csv".equals(type.getSubtype()));
        return csv ? transcriptCsv(traineeId) : find(traineeId).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> Problems.traineeNotFound(traineeId));
    }

    @GetMapping("/api/trainees/{traineeId}/transcript.csv")
    public ResponseEntity<?> transcriptCsv(@PathVariable String traineeId) {
        return find(traineeId).<ResponseEntity<?>>map(transcript -> ResponseEntity.ok()
                        .contentType(TEXT_CSV)
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"transcript-" + traineeId + ".csv\"")
                        .body(TranscriptCsv.of(transcript)))
                .orElseGet(() -> Problems.traineeNotFound(traineeId));
    }

    private Optional<TranscriptView> find(String traineeId) {
        return queryGateway.query(new FindTranscriptQuery(traineeId), ResponseTypes.optionalInstanceOf(TranscriptView.class)).join();
    }
}
