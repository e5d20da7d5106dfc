package org.cartledger.command.trainee;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.SoftReference;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

/**
 * An in-memory cache whose values the garbage collector takes back only when memory runs short (soft
 * references), not at its next collection as with Axon's {@code WeakReferenceCache}. A trainee record is
 * loaded into the young generation and nobody holds it between two commands, so a weak reference lost it at
 * the next young collection, every second or two under load, and the next command replayed the whole
 * history: with 500 entries that was about 100 ms, the benchmark's p99 of a command on a long record
 * (issue 10). The JVM keeps a softly held record for about a second per free megabyte of heap since it was
 * last used, and clears all of them before it would run out of memory, so the cache never costs the ledger
 * its heap.
 */
final class SoftReferenceCache implements Cache {

    private final Map<Object, Held> values = new ConcurrentHashMap<>();
    private final ReferenceQueue<Object> cleared = new ReferenceQueue<>();
    private final Set<EntryListener> listeners = new CopyOnWriteArraySet<>();

    /** A value held softly, knowing its key so that the entry can go once the collector has cleared it. */
    private static final class Held extends SoftReference<Object> {
        private final Object key;

        Held(Object key, Object value, ReferenceQueue<Object> queue) {
            super(value, queue);
            this.key = key;
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        forgetCleared();
        Held held = values.get(key);
        Object value = held == null ? null : held.get();
        if (value != null) {
            tell(listener -> listener.onEntryRead(key, value));
        }
        return (V) value;
    }

    @Override
    public void put(Object key, Object value) {
        forgetCleared();
        Held before = values.put(key, new Held(key, value, cleared));
        if (before == null || before.get() == null) {
            tell(listener -> listener.onEntryCreated(key, value));
        } else {
            tell(listener -> listener.onEntryUpdated(key, value));
        }
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        forgetCleared();
        Held held = new Held(key, value, cleared);
        // an entry whose value the collector took counts as absent
        boolean put = values.compute(key, (k, present) -> present == null || present.get() == null ? held : present) == held;
        if (put) {
            tell(listener -> listener.onEntryCreated(key, value));
        }
        return put;
    }

    @Override
    public boolean remove(Object key) {
        forgetCleared();
        Held removed = values.remove(key);
        if (removed == null) {
            return false;
        }
        tell(listener -> listener.onEntryRemoved(key));
        return true;
    }

    @Override
    public void removeAll() {
        values.keySet().forEach(this::remove);
    }

    @Override
    public boolean containsKey(Object key) {
        forgetCleared();
        Held held = values.get(key);
        return held != null && held.get() != null;
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Drops the entries whose values the collector has taken back, and says they expired. */
    private void forgetCleared() {
        for (Object reference = cleared.poll(); reference != null; reference = cleared.poll()) {
            Held gone = (Held) reference;
            if (values.remove(gone.key, gone)) {
                tell(listener -> listener.onEntryExpired(gone.key));
            }
        }
    }

    private void tell(Consumer<EntryListener> event) {
        listeners.forEach(event);
    }
}
