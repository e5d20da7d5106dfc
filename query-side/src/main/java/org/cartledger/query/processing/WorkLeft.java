package org.cartledger.query.processing;

import java.util.Collection;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * How far a read model's processor is behind, counting only the events it handles. Axon Server does not
 * send a processor the events of types it does not handle (it sends one in a thousand, to move the
 * token on), so a processor that has handled everything it has been sent keeps a token behind the head
 * of the store: the cohort, which handles four event types, looked as if it lagged for ever, and a
 * rebuild of it was never swapped in. On PostgreSQL the token moves past such events, and this finds
 * nothing to correct.
 *
 * <p>The events between its position and the head are read only when Axon says the processor has
 * emptied its stream since it started (a processor still reading its backlog is behind by what the
 * positions say), and only when there are few: a processor given every thousandth event is never
 * further behind than that on their account.
 */
@Component
public class WorkLeft {

    /** More than the thousand events Axon Server skips before it sends one anyway. */
    static final int MOST_EVENTS_READ = 2_000;
    private static final int WAIT_MILLIS = 2_000;

    private final EventStore eventStore;

    public WorkLeft(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /**
     * Ledger positions between {@code position} and the newest event up to {@code head} that the
     * processor handles; 0 when it has handled every one it has to.
     */
    public long lag(EventHandlerInvoker handlers, Collection<EventTrackerStatus> segments, long position, long head) {
        long behind = Math.max(0, head - position);
        boolean streamEmptied = !segments.isEmpty() && segments.stream().allMatch(EventTrackerStatus::isCaughtUp);
        if (behind == 0 || !streamEmptied || behind > MOST_EVENTS_READ) {
            return behind;
        }
        TrackingToken from = segments.stream()
                .filter(segment -> segment.getTrackingToken() != null)
                .min(Comparator.comparingLong(segment -> segment.getCurrentPosition().orElse(-1L)))
                .map(EventTrackerStatus::getTrackingToken).orElse(null);
        return Math.max(0, newestHandled(handlers, from, position, head) - position);
    }

    /**
     * The position of the newest event after {@code from}, up to {@code head}, that the handlers take;
     * {@code position} if none; {@code head} if the events up to it could not all be read.
     */
    private long newestHandled(EventHandlerInvoker handlers, TrackingToken from, long position, long head) {
        long newest = position;
        try (BlockingStream<TrackedEventMessage<?>> events = eventStore.openStream(from)) {
            for (int read = 0; read < MOST_EVENTS_READ && events.hasNextAvailable(WAIT_MILLIS, TimeUnit.MILLISECONDS); read++) {
                TrackedEventMessage<?> event = events.nextAvailable();
                long at = event.trackingToken().position().orElse(-1L);
                if (at <= head && handlers.canHandleType(event.getPayloadType())) {
                    newest = at;
                }
                if (at >= head) {
                    return newest;
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        return head;
    }
}
