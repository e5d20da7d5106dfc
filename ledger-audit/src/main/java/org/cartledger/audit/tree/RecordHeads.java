package org.cartledger.audit.tree;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cartledger.proof.LedgerEvent;
import org.cartledger.proof.recordmap.RecordHead;
import org.cartledger.proof.recordmap.RecordMap;
import org.cartledger.store.history.LedgerHistory;
import org.springframework.stereotype.Component;

/**
 * The record map (docs/ledger-proofs.md §4a) of a tree size, derived from the events themselves as the audit derives
 * it: per record, how many of the first {@code size} events are its and the largest position among them. Kept up as
 * the tree grows, so that signing reads only the events added since the last map; the first map after a start reads
 * the whole history once.
 */
@Component
class RecordHeads {

    private static final int BATCH = 1000;
    /** Maps of recently signed sizes, for the bundles served under them. */
    private static final int KEPT_MAPS = 8;

    private final LedgerHistory history;
    private final Tally tally = new Tally();
    private final Map<Long, RecordMap> recent = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, RecordMap> eldest) {
            return size() > KEPT_MAPS;
        }
    };

    RecordHeads(LedgerHistory history) {
        this.history = history;
    }

    /**
     * The map of the first {@code size} events.
     *
     * @throws TooFewEvents when the history holds fewer events than the tree has leaves: events were deleted
     */
    synchronized RecordMap mapAt(long size) {
        RecordMap kept = recent.get(size);
        if (kept != null) {
            return kept;
        }
        Tally from = size >= tally.events ? tally : new Tally(); // an older size than the tally's: counted afresh
        from.advanceTo(size, history);
        RecordMap map = from.map();
        recent.put(size, map);
        return map;
    }

    /** The tree has more leaves than the history has events: events under its leaves were deleted. */
    static final class TooFewEvents extends RuntimeException {
        TooFewEvents(long size, long events) {
            super("The record map of tree size " + size + " needs " + size + " events, but the event store holds only "
                    + events + ": events the tree has leaves for were deleted.");
        }
    }

    /** Counts per record over the first {@code events} events of the history. */
    private static final class Tally {
        private long events;
        private long lastPosition;
        private final Map<String, long[]> countAndLast = new HashMap<>();

        void advanceTo(long size, LedgerHistory history) {
            while (events < size) {
                List<LedgerEvent> batch = history.after(lastPosition, (int) Math.min(BATCH, size - events));
                if (batch.isEmpty()) {
                    throw new TooFewEvents(size, events);
                }
                for (LedgerEvent event : batch) {
                    long[] head = countAndLast.computeIfAbsent(event.aggregateIdentifier(), id -> new long[2]);
                    head[0]++;
                    head[1] = Math.max(head[1], event.position());
                    events++;
                    lastPosition = event.position();
                }
            }
        }

        RecordMap map() {
            List<RecordHead> heads = new ArrayList<>(countAndLast.size());
            countAndLast.forEach((id, head) -> heads.add(new RecordHead(id, head[0], head[1])));
            return RecordMap.of(heads);
        }
    }
}
