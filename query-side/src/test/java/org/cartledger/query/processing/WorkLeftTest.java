package org.cartledger.query.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cartledger.query.LedgerEvents.attended;
import static org.cartledger.query.LedgerEvents.enrolled;
import static org.cartledger.query.LedgerEvents.withdrawn;

import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackerStatus;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.cartledger.api.enrollment.TraineeEnrolledEvent;
import org.cartledger.api.enrollment.TraineeWithdrawnEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A processor's lag counts only the events it handles. The store here numbers events from 0 as Axon
 * Server does, and the processor's position is set where Axon Server leaves it: at the last event it
 * was sent, with the events it does not handle after it never sent.
 */
class WorkLeftTest {

    /** Handles what the cohort handles on enrollment: enrollments and withdrawals, not attendance. */
    static class EnrollmentsOnly {
        @EventHandler
        void on(TraineeEnrolledEvent event) {
        }

        @EventHandler
        void on(TraineeWithdrawnEvent event) {
        }
    }

    private final EventHandlerInvoker handlers = SimpleEventHandlerInvoker.builder().eventHandlers(new EnrollmentsOnly()).build();
    private EmbeddedEventStore store;
    private WorkLeft workLeft;

    @BeforeEach
    void emptyStore() {
        store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        workLeft = new WorkLeft(store);
    }

    @AfterEach
    void closeStore() {
        store.shutDown();
    }

    @Test
    void aProcessorThatHandledTheLastEventItHandlesIsNotBehindThoughItsPositionIs() {
        append(enrolled(), attended("entry-1", "GRAND_ROUNDS", false), attended("entry-2", "JOURNAL_CLUB", true));

        assertThat(workLeft.lag(handlers, emptiedItsStreamAt(0), 0, head())).isZero();
    }

    @Test
    void anEventItHandlesAfterItsPositionIsWorkLeftCountedUpToThatEvent() {
        append(enrolled(), attended("entry-1", "GRAND_ROUNDS", false), withdrawn("entry-2", Instant.parse("2025-04-01T02:00:00Z")),
                attended("entry-3", "JOURNAL_CLUB", true));

        assertThat(head()).isEqualTo(3);
        assertThat(workLeft.lag(handlers, emptiedItsStreamAt(0), 0, head())).isEqualTo(2);
    }

    @Test
    void aProcessorStillReadingItsBacklogIsBehindByWhatThePositionsSay() {
        append(enrolled(), attended("entry-1", "GRAND_ROUNDS", false), attended("entry-2", "JOURNAL_CLUB", true));
        List<EventTrackerStatus> reading = List.of(new TrackerStatus(Segment.ROOT_SEGMENT, false, new GlobalSequenceTrackingToken(0), null));

        assertThat(workLeft.lag(handlers, reading, 0, head())).isEqualTo(2);
    }

    @Test
    void aProcessorAtTheHeadIsNotBehindAndOneFartherBehindThanAxonServerSkipsIsNotReadThrough() {
        append(enrolled());
        assertThat(workLeft.lag(handlers, emptiedItsStreamAt(0), 0, 0)).isZero();
        // no read of the store past the events Axon Server would have skipped: the positions are believed
        assertThat(workLeft.lag(handlers, emptiedItsStreamAt(0), 0, WorkLeft.MOST_EVENTS_READ + 1))
                .isEqualTo(WorkLeft.MOST_EVENTS_READ + 1);
    }

    private static List<EventTrackerStatus> emptiedItsStreamAt(long position) {
        return List.of(new TrackerStatus(Segment.ROOT_SEGMENT, true, new GlobalSequenceTrackingToken(position), null));
    }

    private void append(Object... payloads) {
        for (Object payload : payloads) {
            store.publish(GenericEventMessage.asEventMessage(payload));
        }
    }

    private long head() {
        return store.createHeadToken().position().orElseThrow();
    }
}
