package org.cartledger.query.transcript;

import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.transcript.FindTranscriptQuery;
import org.cartledger.api.transcript.TranscriptView;
import org.cartledger.query.processing.ReadModels;
import org.cartledger.query.processing.StaleViews;
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

    /** On a CSV transcript that is behind the ledger: the reason, since a CSV has no place for it. */
    static final String STALE_HEADER = "Ledger-View-Stale";

    private final QueryGateway queryGateway;
    private final StaleViews staleViews;

    public TranscriptController(QueryGateway queryGateway, StaleViews staleViews) {
        this.queryGateway = queryGateway;
        this.staleViews = staleViews;
    }

    @GetMapping("/api/trainees/{traineeId}/transcript")
    public ResponseEntity<?> transcript(@PathVariable TraineeId traineeId,
                                        @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        // only an explicit text/csv asks for CSV; */* and everything else get JSON
        boolean csv = accept != null && MediaType.parseMediaTypes(accept).stream()
                .anyMatch(type -> "text".equals(type.getType()) && "csv".equals(type.getSubtype()));
        return csv ? transcriptCsv(traineeId)
                : staleViews.answer(ReadModels.TRANSCRIPT, traineeId, () -> find(traineeId), ResponseEntity::ok);
    }

    @GetMapping("/api/trainees/{traineeId}/transcript.csv")
    public ResponseEntity<?> transcriptCsv(@PathVariable TraineeId traineeId) {
        return staleViews.answer(ReadModels.TRANSCRIPT, traineeId, () -> find(traineeId), transcript -> ResponseEntity.ok()
                        .contentType(TEXT_CSV)
                        .headers(headers -> {
                            if (transcript.stale() != null) {
                                headers.add(STALE_HEADER, transcript.stale().reason() + "; since position "
                                        + transcript.stale().sincePosition());
                            }
                        })
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"transcript-" + traineeId + ".csv\"")
                        .body(TranscriptCsv.of(transcript)));
    }

    private Optional<TranscriptView> find(TraineeId traineeId) {
        return queryGateway.query(new FindTranscriptQuery(traineeId), ResponseTypes.optionalInstanceOf(TranscriptView.class)).join();
    }
}
