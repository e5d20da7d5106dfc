package org.cartledger.api.transcript;

/**
 * Asks for a trainee's transcript as a file ({@link TranscriptFile}), empty when there is no such
 * trainee. Each form is answered where it is made: the bundle and the PDF by the audit module, which
 * holds the tree and the signing key; the CSV by the query side, which holds the transcript.
 */
public sealed interface ExportTranscriptQuery {

    String traineeId();

    /** The entries with their proofs against a signed tree head (docs/ledger-proofs.md §6). */
    record Bundle(String traineeId) implements ExportTranscriptQuery {
    }

    /** The transcript for people, carrying the root hash it was checked against. */
    record Pdf(String traineeId) implements ExportTranscriptQuery {
    }

    /** One row per entry. */
    record Csv(String traineeId) implements ExportTranscriptQuery {
    }
}
