package org.cartledger.audit.export;

import org.cartledger.api.ids.TraineeId;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A trainee's monthly committee report over HTTP: as JSON, and as a PDF for people beside the transcript's
 * ({@code .pdf}, an attachment, as {@code /transcript.pdf} is). Both carry the signed tree head covering the review.
 */
@RestController
@RequestMapping("/api/trainees/{traineeId}/committee-reports")
class CommitteeReportController {

    private final CommitteeReports reports;

    CommitteeReportController(CommitteeReports reports) {
        this.reports = reports;
    }

    /** The report of the month's committee review ({@code month} as {@code 2026-03}). */
    @GetMapping("/{month}")
    CommitteeReport report(@PathVariable TraineeId traineeId, @PathVariable String month) {
        return reports.of(traineeId, CommitteeReportRules.month(month));
    }

    @GetMapping("/{month}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable TraineeId traineeId, @PathVariable String month) {
        CommitteeReport report = reports.of(traineeId, CommitteeReportRules.month(month));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + CommitteeReports.fileName(report, "pdf") + "\"")
                .body(CommitteeReportPdf.of(report));
    }
}
