package org.cartledger.store.wakeup;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * The embedded event store as the ledger's streaming processors read it, made to say when there is
 * something to read. Axon's pooled streaming processors ask their stream to call them back when events
 * arrive; the embedded store's streams cannot, so an idle processor looked again only every 500 ms, and
 * each read model trailed an entry by about a quarter of a second. Here a stream calls back as soon as a
 * unit of work of this process that published events has committed (not before: a processor woken before
 * the commit would find nothing and sleep again), and at every {@code heartbeat} in any case, for events
 * another process appended to the same database.
 *
 * <p>Woken, a stream waits briefly for the store's own reader to fetch what was committed (the store
 * fetches when a reader waits); only then does it say "nothing more", so a wake-up is never lost to the
 * race between the processor and that reader.
 */
public final class WakingEventSource implements StreamableMessageSource<TrackedEventMessage<?>>, AutoCloseable {

    /** How long a woken stream waits for the store to fetch the events just committed. */
    static final Duration FETCH_WAIT = Duration.ofMillis(100);

    private final EventStore store;
    private final Set<WakingStream> open = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService heartbeat;
    /** Marks a unit of work whose commit already wakes the readers: once is enough, however many events it published. */
    private static final String WAKES_AFTER_COMMIT = WakingEventSource.class.getName() + ".wakesAfterCommit";

    public WakingEventSource(EventStore store, Duration heartbeatInterval) {
        this.store = store;
        store.subscribe(this::published);
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "ledger-processor-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        long every = heartbeatInterval.toMillis();
        heartbeat.scheduleWithFixedDelay(this::wake, every, every, TimeUnit.MILLISECONDS);
    }

    /** Events published in this process: wake the readers once their unit of work has committed. */
    private void published(List<? extends EventMessage<?>> events) {
        if (!CurrentUnitOfWork.isStarted()) {
            wake();
            return;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        root.getOrComputeResource(WAKES_AFTER_COMMIT, key -> {
            root.afterCommit(committed -> wake());
            return Boolean.TRUE;
        });
    }

    /** Calls back every open stream's processor. */
    void wake() {
        open.forEach(WakingStream::wake);
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        return new WakingStream(store.openStream(trackingToken));
    }

    @Override
    public TrackingToken createTailToken() {
        return store.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return store.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return store.createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return store.createTokenSince(duration);
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
    }

    /** A stream of the store, with a callback. */
    private final class WakingStream implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> stream;
        private final AtomicBoolean woken = new AtomicBoolean(true);
        private volatile Runnable callback;

        WakingStream(BlockingStream<TrackedEventMessage<?>> stream) {
            this.stream = stream;
        }

        void wake() {
            Runnable onAvailable = callback;
            if (onAvailable != null) {
                woken.set(true);
                onAvailable.run();
            }
        }

        @Override
        public boolean setOnAvailableCallback(Runnable onAvailable) {
            callback = onAvailable;
            open.add(this);
            return true;
        }

        @Override
        public boolean hasNextAvailable() {
            if (stream.hasNextAvailable()) {
                return true;
            }
            try {
                return woken.getAndSet(false) && stream.hasNextAvailable((int) FETCH_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return stream.hasNextAvailable(timeout, unit);
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return stream.peek();
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return stream.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            stream.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public void close() {
            open.remove(this);
            stream.close();
        }
    }
}
