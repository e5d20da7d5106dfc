package org.cartledger.api.committee;

/**
 * A month's committee report as a file to download.
 *
 * @param fileName  what to save it as, e.g. {@code committee-report-F-2026-001-2026-03.pdf}
 * @param mediaType {@code application/pdf} or {@code application/json}
 * @param content   the file's bytes
 */
public record CommitteeReportFile(String fileName, String mediaType, byte[] content) {
}
