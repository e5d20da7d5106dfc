package org.cartledger.api.committee;

import java.time.YearMonth;
import org.cartledger.api.ids.TraineeId;

/**
 * Asks for a trainee's committee report of a month as a file ({@link CommitteeReportFile}), as the committee's pages
 * offer it for download; empty when there is no such trainee or no review recorded for the month. Answered by the
 * audit module, which replays the record and holds the tree the report's signed head comes from.
 */
public record ExportCommitteeReportQuery(TraineeId traineeId, YearMonth month, Format format) {

    public enum Format {
        /** What {@code GET /api/trainees/{id}/committee-reports/{month}} answers. */
        JSON,
        /** The same report for people. */
        PDF
    }
}
