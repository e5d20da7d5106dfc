package org.cartledger.store;

import io.axoniq.axonserver.connector.event.AggregateEventStream;
import io.axoniq.axonserver.connector.event.EventChannel;
import io.axoniq.axonserver.connector.event.EventStream;
import io.axoniq.axonserver.grpc.event.Event;
import io.axoniq.axonserver.grpc.event.EventWithToken;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.axonframework.axonserver.connector.util.GrpcMetaDataConverter;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.serialization.Serializer;
import org.cartledger.proof.LedgerEvent;

/**
 * The ledger's history where the events are in Axon Server (profile {@code axonserver}), read from its
 * event stream. Axon Server numbers events from token 0, so the ledger position is the token plus one,
 * as in PostgreSQL where positions start at 1. The stored form of an Axon Server event is defined in
 * docs/ledger-proofs.md §2.1: the same fields as a row of {@code domain_event_entry}, with the timestamp
 * written as Axon writes it there and the metadata serialized by the event serializer.
 */
public class AxonServerLedgerHistory implements LedgerHistory {

    private static final int BUFFER = 256;
    private static final long WAIT_SECONDS = 10;

    private final Supplier<EventChannel> events;
    private final Serializer eventSerializer;
    private final GrpcMetaDataConverter metaData;
    private final EventPositions positions;

    public AxonServerLedgerHistory(Supplier<EventChannel> events, Serializer eventSerializer, EventPositions positions) {
        this.events = events;
        this.eventSerializer = eventSerializer;
        this.metaData = new GrpcMetaDataConverter(eventSerializer);
        this.positions = positions;
    }

    @Override
    public List<LedgerEvent> after(long position, int limit) {
        long last = head();
        List<LedgerEvent> found = new ArrayList<>();
        if (position >= last || limit <= 0) {
            return found;
        }
        // the stream starts at a token and does not end: read only as far as the head seen above
        long wanted = Math.min(limit, last - position);
        try (EventStream stream = events.get().openStream(position, BUFFER)) {
            while (found.size() < wanted) {
                EventWithToken next = stream.nextIfAvailable(WAIT_SECONDS, TimeUnit.SECONDS);
                if (next == null) {
                    throw new IllegalStateException("Axon Server sent no event after position "
                            + (position + found.size()) + " within " + WAIT_SECONDS + " s, though its head is " + last);
                }
                found.add(storedForm(next.getEvent(), next.getToken() + 1));
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the ledger from Axon Server", interrupted);
        }
        return found;
    }

    /**
     * The trainee's events from Axon Server's stream of that aggregate, each placed at its position by the
     * index; an event the index does not know yet (its leaf is not appended) cannot be placed, and says so.
     */
    @Override
    public List<LedgerEvent> ofTrainee(String traineeId) {
        List<LedgerEvent> found = new ArrayList<>();
        AggregateEventStream stream = events.get().openAggregateStream(traineeId, false);
        stream.asStream().forEach(event -> found.add(storedForm(event, positions.positionOf(event.getMessageIdentifier())
                .orElseThrow(() -> new IllegalStateException("Event " + event.getMessageIdentifier() + " of trainee "
                        + traineeId + " is not in the ledger's index yet: its tree leaf has not been appended")))));
        found.sort(Comparator.comparingLong(LedgerEvent::position));
        return found;
    }

    /** Contiguous runs of positions are read with one stream each. */
    @Override
    public List<LedgerEvent> at(Collection<Long> positions) {
        List<LedgerEvent> found = new ArrayList<>();
        TreeSet<Long> remaining = new TreeSet<>(positions);
        while (!remaining.isEmpty()) {
            long first = remaining.first();
            long run = 1;
            while (remaining.contains(first + run)) {
                run++;
            }
            found.addAll(after(first - 1, (int) run));
            remaining.subSet(first, first + run).clear();
        }
        return found;
    }

    @Override
    public Optional<LedgerEvent> lastAtOrBefore(long position) {
        long at = Math.min(position, head());
        return at < 1 ? Optional.empty() : after(at - 1, 1).stream().findFirst();
    }

    @Override
    public long head() {
        try {
            return events.get().getLastToken().get(WAIT_SECONDS, TimeUnit.SECONDS) + 1;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while asking Axon Server for the ledger's head", interrupted);
        } catch (ExecutionException | TimeoutException failed) {
            throw new IllegalStateException("Axon Server did not say where the ledger's head is", failed);
        }
    }

    /** An Axon Server event in the ledger's stored form (docs/ledger-proofs.md §2.1). */
    LedgerEvent storedForm(Event event, long position) {
        String revision = event.getPayload().getRevision();
        byte[] metaDataBytes = event.getMetaDataMap().isEmpty() ? null
                : eventSerializer.serialize(metaData.convert(event.getMetaDataMap()), byte[].class).getData();
        return new LedgerEvent(position, event.getMessageIdentifier(), event.getAggregateIdentifier(),
                event.getAggregateSequenceNumber(), event.getPayload().getType(), revision.isEmpty() ? null : revision,
                DateTimeUtils.formatInstant(Instant.ofEpochMilli(event.getTimestamp())), metaDataBytes,
                event.getPayload().getData().toByteArray());
    }
}
