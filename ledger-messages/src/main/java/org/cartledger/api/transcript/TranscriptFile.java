package org.cartledger.api.transcript;

/**
 * A trainee's transcript as a file to hand on, ready to download: the bundle a verifier checks, the PDF
 * for people, the CSV for a spreadsheet.
 *
 * @param fileName  what to save it as, e.g. {@code transcript-F-2026-001.pdf}
 * @param mediaType its media type, e.g. {@code application/pdf}
 * @param content   the file's bytes
 */
public record TranscriptFile(String fileName, String mediaType, byte[] content) {
}
