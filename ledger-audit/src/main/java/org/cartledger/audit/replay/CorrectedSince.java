package org.cartledger.audit.replay;

/** An entry the committee saw that has been corrected since, by the correction named. */
record CorrectedSince(
        String entryId,
        String entryType,
        String correctionEntryId,
        String reason,
        long correctionLedgerPosition) {
}
