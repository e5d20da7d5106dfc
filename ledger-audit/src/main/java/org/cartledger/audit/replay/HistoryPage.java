package org.cartledger.audit.replay;

import java.util.List;
import org.cartledger.api.ids.TraineeId;

/**
 * One page of a trainee's history.
 *
 * @param order        {@code recorded} (ledger order) or {@code occurred} (when it happened, then ledger order)
 * @param page         zero-based
 * @param totalEntries every entry in the record, across all pages
 */
record HistoryPage(
        TraineeId traineeId,
        String order,
        int page,
        int size,
        long totalEntries,
        int totalPages,
        List<HistoryEntry> entries) {
}
