package org.cartledger.api.transcript;

import java.util.List;

/** A trainee's entries in ledger order. */
public record TranscriptView(String traineeId, List<TranscriptEntryView> entries) {
}
