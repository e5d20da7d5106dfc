package org.cartledger.command.trainee;

import java.util.Objects;
import java.util.function.Supplier;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * A cache of trainee records that hands out a record only while it is current: its last event is the
 * trainee's last event in the store (one indexed query). A record the store has moved past, because
 * another process appended to the trainee, is dropped and replayed from the store. Without this check a
 * stale record would refuse, say, a correction of an entry it has not seen, and nothing would catch it:
 * a refusal appends nothing, so no sequence conflict would say the record was stale.
 */
final class CurrentRecordsOnly implements Cache {

    private final Cache records;
    private final Supplier<EventStore> eventStore;

    CurrentRecordsOnly(Cache records, Supplier<EventStore> eventStore) {
        this.records = records;
        this.eventStore = eventStore;
    }

    @Override
    public <K, V> V get(K traineeId) {
        V cached = records.get(traineeId);
        if (cached instanceof AggregateCacheEntry<?> entry && !isCurrent(traineeId, entry)) {
            records.remove(traineeId);
            return null;
        }
        return cached;
    }

    /**
     * Whether the record's last event is the trainee's last event in the store. An entry of this in-memory
     * cache holds the live record, which {@code recreateAggregate} hands back as it is; the aggregate model it
     * asks for is needed only to rebuild a record from a serialized entry, which this cache never holds (and
     * were one to come, it would be taken as not current and replayed).
     */
    private boolean isCurrent(Object traineeId, AggregateCacheEntry<?> entry) {
        Long cached;
        try {
            cached = entry.recreateAggregate(null, eventStore.get(), NoSnapshotTriggerDefinition.INSTANCE).version();
        } catch (RuntimeException notInMemory) {
            return false;
        }
        Long stored = eventStore.get().lastSequenceNumberFor(traineeId.toString()).orElse(null);
        return Objects.equals(cached, stored);
    }

    @Override
    public void put(Object traineeId, Object record) {
        records.put(traineeId, record);
    }

    @Override
    public boolean putIfAbsent(Object traineeId, Object record) {
        return records.putIfAbsent(traineeId, record);
    }

    @Override
    public boolean remove(Object traineeId) {
        return records.remove(traineeId);
    }

    @Override
    public void removeAll() {
        records.removeAll();
    }

    @Override
    public boolean containsKey(Object traineeId) {
        return get(traineeId) != null;
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        return records.registerCacheEntryListener(listener);
    }
}
