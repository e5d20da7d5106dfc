package org.cartledger.store.history;

import io.axoniq.axonserver.connector.ResultStream;
import io.axoniq.axonserver.connector.event.EventChannel;
import io.axoniq.axonserver.grpc.event.Event;
import io.axoniq.axonserver.grpc.event.EventWithToken;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.axonframework.axonserver.connector.util.GrpcMetaDataConverter;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.cartledger.proof.LedgerEvent;

/**
 * The history in Axon Server, read through its event channel. Axon Server numbers events with a
 * 0-based global token; the ledger position is token + 1, so that positions read the same as
 * PostgreSQL's global_index (1, 2, 3, …) and leaf index = position - 1.
 *
 * <p>The stored form (docs/ledger-proofs.md §2, "On Axon Server"): event identifier = the message
 * identifier, aggregate identifier and sequence number as stored, payload type, revision (empty read
 * as none) and bytes as stored, the time stamp as Axon's {@link DateTimeUtils#formatInstant} of the
 * stored epoch milliseconds, and the metadata as the event serializer's bytes of the stored MetaData:
 * exactly what Axon's JDBC engine would have written for the same event.
 *
 * <p>A trainee's record is found by reading the stream and keeping the trainee's events: Axon Server's
 * aggregate stream gives no global tokens, and a position is part of what is hashed.
 */
public class AxonServerLedgerHistory implements LedgerHistory {

    private static final int BUFFER = 512;
    /** How long one read waits for the next event that Axon Server said exists. */
    private static final long WAIT_SECONDS = 30;

    private final Supplier<EventChannel> events;
    private final Serializer serializer;
    private final GrpcMetaDataConverter metaData;

    public AxonServerLedgerHistory(Supplier<EventChannel> events, Serializer serializer) {
        this.events = events;
        this.serializer = serializer;
        this.metaData = new GrpcMetaDataConverter(serializer);
    }

    @Override
    public List<LedgerEvent> after(long position, int limit) {
        return read(position, head(), event -> true, limit);
    }

    @Override
    public List<LedgerEvent> ofTrainee(String traineeId) {
        return read(0, head(), event -> traineeId.equals(event.getAggregateIdentifier()), Integer.MAX_VALUE);
    }

    @Override
    public long head() {
        return Math.max(0, lastToken() + 1);
    }

    /** Axon Server leaves no gaps: the event at or before a position is the one at min(position, head). */
    @Override
    public Optional<Instant> recordedAtOrBefore(long position) {
        long at = Math.min(position, head());
        return at < 1 ? Optional.empty() : read(at - 1, at, event -> true, 1).stream().findFirst()
                .map(event -> DateTimeUtils.parseInstant(event.timeStamp()));
    }


    /** The stored form of one event as Axon Server sends it. */
    LedgerEvent storedForm(EventWithToken stored) {
        Event event = stored.getEvent();
        String revision = event.getPayload().getRevision();
        MetaData metaDataOf = metaData.convert(event.getMetaDataMap());
        return new LedgerEvent(stored.getToken() + 1, event.getMessageIdentifier(), event.getAggregateIdentifier(),
                event.getAggregateSequenceNumber(), event.getPayload().getType(), revision.isEmpty() ? null : revision,
                DateTimeUtils.formatInstant(Instant.ofEpochMilli(event.getTimestamp())),
                serializer.serialize(metaDataOf, byte[].class).getData(), event.getPayload().getData().toByteArray());
    }

    /** Events after {@code position} up to and including position {@code last}, those kept, at most {@code limit}. */
    private List<LedgerEvent> read(long position, long last, Predicate<Event> keep, int limit) {
        List<LedgerEvent> found = new ArrayList<>();
        long from = Math.max(position, 0);
        if (from >= last) {
            return found;
        }
        // openStream(t) sends the events after token t (the connector asks Axon Server for t + 1 on): the first
        // event after this position has token = position, so the stream opens after token position - 1
        try (ResultStream<EventWithToken> stream = events.get().openStream(from - 1, BUFFER)) {
            long token = from - 1;
            while (token < last - 1 && found.size() < limit) {
                EventWithToken next = stream.nextIfAvailable(WAIT_SECONDS, TimeUnit.SECONDS);
                if (next == null) {
                    throw new IllegalStateException("Axon Server did not send the event at token " + (token + 1)
                            + stream.getError().map(error -> ": " + error.getMessage()).orElse(""));
                }
                token = next.getToken();
                if (keep.test(next.getEvent())) {
                    found.add(storedForm(next));
                }
            }
            return found;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the ledger from Axon Server", e);
        }
    }

    private long lastToken() {
        try {
            return events.get().getLastToken().get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while asking Axon Server for its last token", e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Axon Server did not say where its event store ends", e);
        }
    }
}
