package org.cartledger.command.committee;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.store.history.TokenPositions;
import org.springframework.stereotype.Component;

/**
 * {@link LedgerPositions} read from Axon's {@link EventStore}, so the same on both deployments: the JDBC
 * event store in PostgreSQL (the default) and Axon Server (profile {@code axonserver}), with no SQL.
 *
 * <p>The head is the store's head token. The enrollment's position is found by opening a stream at the
 * token for the moment the enrollment was recorded (a little earlier, for clocks of several nodes) and
 * reading until the trainee's first event, which is the enrollment: a few events at most. It never
 * changes, so it is remembered.
 */
@Component
public class EventStoreLedgerPositions implements LedgerPositions {

    /** Events written by several nodes need not be stored in the order of their timestamps. */
    private static final Duration SEARCH_MARGIN = Duration.ofMinutes(1);
    private static final int WAIT_FOR_NEXT_MILLIS = 2_000;

    private final EventStore eventStore;
    private final Map<TraineeId, Long> enrollments = new ConcurrentHashMap<>();

    public EventStoreLedgerPositions(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public long head() {
        return position(eventStore.createHeadToken());
    }

    @Override
    public long enrollmentPosition(TraineeId traineeId, Instant enrollmentRecordedAt) {
        return enrollments.computeIfAbsent(traineeId, id -> find(id, enrollmentRecordedAt));
    }

    private long find(TraineeId traineeId, Instant recordedAt) {
        long head = head();
        TrackingToken from = eventStore.createTokenAt(recordedAt.minus(SEARCH_MARGIN));
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(from)) {
            while (stream.hasNextAvailable(WAIT_FOR_NEXT_MILLIS, TimeUnit.MILLISECONDS)) {
                TrackedEventMessage<?> event = stream.nextAvailable();
                long position = position(event.trackingToken());
                if (event instanceof DomainEventMessage<?> domainEvent && domainEvent.getSequenceNumber() == 0
                        && traineeId.value().equals(domainEvent.getAggregateIdentifier())) {
                    return position;
                }
                if (position >= head) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while looking for the enrollment of " + traineeId, e);
        }
        throw new IllegalStateException("The enrollment of trainee " + traineeId + " (recorded at " + recordedAt
                + ") is not in the event store at or before position " + head);
    }

    /** The ledger's own position (the same on both engines, {@link TokenPositions}); 0 before the first event. */
    private static long position(TrackingToken token) {
        return token == null || token.position().isEmpty() ? 0 : TokenPositions.positionOf(token);
    }
}
