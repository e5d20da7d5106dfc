package org.cartledger.audit.replay;

import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.cartledger.audit.entries.RecordedEntry;

/** The two ways to walk a record: as it was written down, or as it happened. */
enum HistoryOrder {

    RECORDED(Comparator.comparingLong(RecordedEntry::ledgerPosition)),
    /** Entries that happened at the same instant keep their ledger order. */
    OCCURRED(Comparator.<RecordedEntry, Instant>comparing(e -> e.event().occurredAt())
            .thenComparingLong(RecordedEntry::ledgerPosition));

    private final Comparator<RecordedEntry> comparator;

    HistoryOrder(Comparator<RecordedEntry> comparator) {
        this.comparator = comparator;
    }

    Comparator<RecordedEntry> comparator() {
        return comparator;
    }

    String parameterValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<HistoryOrder> fromParameter(String value) {
        for (HistoryOrder order : values()) {
            if (order.parameterValue().equalsIgnoreCase(value.trim())) {
                return Optional.of(order);
            }
        }
        return Optional.empty();
    }
}
