package org.cartledger.store.wakeup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A processor reading through the waking source is called back when a unit of work that published events
 * has committed, not before (it would find nothing and sleep) and not for one that rolled back, and then
 * finds the events; Axon's embedded store over its in-memory engine stands in for PostgreSQL here.
 */
class WakingEventSourceTest {

    private EmbeddedEventStore store;
    private WakingEventSource source;
    private BlockingStream<TrackedEventMessage<?>> stream;
    private final AtomicInteger wakeUps = new AtomicInteger();

    @BeforeEach
    void openAStreamAtTheTail() {
        store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        // a heartbeat that never comes in a test: every wake-up seen here is a commit's
        source = new WakingEventSource(store, Duration.ofHours(1));
        stream = source.openStream(null);
        assertThat(stream.setOnAvailableCallback(wakeUps::incrementAndGet)).as("says it calls back").isTrue();
        assertThat(stream.hasNextAvailable()).isFalse();
    }

    @AfterEach
    void close() {
        stream.close();
        source.close();
        store.shutDown();
    }

    @Test
    void aCommittedUnitOfWorkWakesTheReaderOnceAfterTheCommitAndItFindsItsEvents() {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        store.publish(GenericEventMessage.asEventMessage("skill signed off"));
        store.publish(GenericEventMessage.asEventMessage("attendance recorded"));
        unitOfWork.onCommit(u -> assertThat(wakeUps).as("not before the commit").hasValue(0));

        unitOfWork.commit();

        assertThat(wakeUps).hasValue(1);
        assertThat(stream.hasNextAvailable()).isTrue();
    }

    @Test
    void aRolledBackUnitOfWorkWakesNobody() {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        store.publish(GenericEventMessage.asEventMessage("refused"));

        unitOfWork.rollback();

        assertThat(wakeUps).hasValue(0);
        assertThat(stream.hasNextAvailable()).isFalse();
    }

    @Test
    void eventsPublishedOutsideAUnitOfWorkWakeTheReaderAtOnce() {
        store.publish(GenericEventMessage.asEventMessage("appended directly"));

        assertThat(wakeUps).hasValue(1);
        assertThat(stream.hasNextAvailable()).isTrue();
    }

    @Test
    void aClosedStreamIsNoLongerWoken() {
        stream.close();

        store.publish(GenericEventMessage.asEventMessage("after close"));

        assertThat(wakeUps).hasValue(0);
    }

    @Test
    void theHeartbeatWakesTheReaderWithoutACommit() throws InterruptedException {
        try (WakingEventSource beating = new WakingEventSource(store, Duration.ofMillis(20));
             BlockingStream<TrackedEventMessage<?>> beatingStream = beating.openStream(null)) {
            AtomicInteger beats = new AtomicInteger();
            beatingStream.setOnAvailableCallback(beats::incrementAndGet);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (beats.get() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(beats.get()).isGreaterThanOrEqualTo(2);
        }
    }
}
