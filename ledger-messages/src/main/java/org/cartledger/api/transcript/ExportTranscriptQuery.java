package org.cartledger.api.transcript;

import org.cartledger.api.ids.TraineeId;

/**
 * Asks for a trainee's transcript as a file ({@link TranscriptFile}), empty when there is no such
 * trainee. Each form is answered where it is made: the bundle and the PDF by the audit module, which
 * holds the tree and the signing key; the CSV by the query side, which holds the transcript.
 */
public sealed interface ExportTranscriptQuery {

    TraineeId traineeId();

    /** The entries with their proofs against a signed tree head (docs/ledger-proofs.md §6). */
    record Bundle(TraineeId traineeId) implements ExportTranscriptQuery {
    }

    /** The transcript for people, carrying the root hash it was checked against. */
    record Pdf(TraineeId traineeId) implements ExportTranscriptQuery {
    }

    /** One row per entry. */
    record Csv(TraineeId traineeId) implements ExportTranscriptQuery {
    }
}
