package org.cartledger.audit.export;

import java.util.List;
import java.util.Optional;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.transcript.ExportTranscriptQuery;
import org.cartledger.api.transcript.TranscriptFile;
import org.cartledger.http.problem.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The transcript's bundle and PDF over HTTP, as attachments; a trainee the ledger does not know is a 404 problem. */
@RestController
class TranscriptExportController {

    private final TranscriptExports exports;

    TranscriptExportController(TranscriptExports exports) {
        this.exports = exports;
    }

    /**
     * The bundle; with {@code consistencyFrom} (sizes of signed tree heads, such as ones an auditor kept), it also
     * carries a consistency proof from each to its own head, so that the auditor can check it offline.
     */
    @GetMapping("/api/trainees/{traineeId}/transcript-bundle")
    ResponseEntity<?> bundle(@PathVariable TraineeId traineeId, @RequestParam(required = false) List<Long> consistencyFrom) {
        return attachment(consistencyFrom == null || consistencyFrom.isEmpty()
                ? exports.bundle(new ExportTranscriptQuery.Bundle(traineeId))
                : exports.bundleProvingConsistencyFrom(traineeId, consistencyFrom), traineeId);
    }

    @GetMapping("/api/trainees/{traineeId}/transcript.pdf")
    ResponseEntity<?> pdf(@PathVariable TraineeId traineeId) {
        return attachment(exports.pdf(new ExportTranscriptQuery.Pdf(traineeId)), traineeId);
    }

    private static ResponseEntity<?> attachment(Optional<TranscriptFile> file, TraineeId traineeId) {
        return file.<ResponseEntity<?>>map(found -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(found.mediaType()))
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + found.fileName() + "\"")
                        .body(found.content()))
                .orElseGet(() -> Problems.traineeNotFound(traineeId));
    }
}
