package org.cartledger.query.processing;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Rebuilds a read model from the first event, behind the scenes: its processor stops, a new generation
 * of its rows is begun beside the served one (by the projection's reset handler, see {@link Generations}),
 * and it reads the whole ledger again into that generation. Readers go on being served the old one,
 * marked as being rebuilt, until {@link GenerationSwap} finds the new one caught up and swaps them.
 * The other read models keep serving meanwhile.
 */
@Component
public class ProjectionRebuilder {

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final TokenStore tokenStore;
    private final Generations generations;
    private final DeadLetters deadLetters;
    private final WorkLeft workLeft;

    public ProjectionRebuilder(EventProcessingConfiguration processing, EventStore eventStore, TokenStore tokenStore,
                               Generations generations, DeadLetters deadLetters, WorkLeft workLeft) {
        this.processing = processing;
        this.workLeft = workLeft;
        this.eventStore = eventStore;
        this.tokenStore = tokenStore;
        this.generations = generations;
        this.deadLetters = deadLetters;
    }

    /** Synchronized with {@link #serveIfRebuilt}: a swap must not serve a generation a new rebuild has just emptied. */
    public synchronized ProjectionStatus rebuild(String readModel) {
        StreamingEventProcessor processor = processor(readModel);
        // where the served generation stands, for its readers to be told while it is not updated
        ProjectionStatus before = status(readModel);
        long served = before.readElsewhere() ? -1 : before.position();
        processor.shutDown();
        generations.beginRebuild(readModel, served);
        processor.resetTokens();
        processor.start();
        return status(readModel);
    }

    /** Serves the rebuilt generation if there is one that has read up to the head; true if it did. */
    public synchronized boolean serveIfRebuilt(String readModel) {
        if (generations.rebuild(readModel).isEmpty() || !status(readModel).readUpToHead()) {
            return false;
        }
        generations.swap(readModel);
        return true;
    }

    public List<ProjectionStatus> statuses() {
        return ReadModels.ALL.stream().map(this::status).toList();
    }

    public ProjectionStatus status(String readModel) {
        StreamingEventProcessor processor = processor(readModel);
        Collection<EventTrackerStatus> held = processor.processingStatus().values();
        long position = held.stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .mapToLong(p -> p.orElse(-1L))
                .min().orElse(-1L);
        boolean replaying = held.stream().anyMatch(EventTrackerStatus::isReplaying);
        String error = held.stream()
                .filter(EventTrackerStatus::isErrorState)
                .map(status -> describe(status.getError()))
                .findFirst().orElse(null);
        TrackingToken headToken = eventStore.createHeadToken();
        long head = headToken == null ? -1L : headToken.position().orElse(-1L);
        long lag = workLeft.lag(((AbstractEventProcessor) processor).eventHandlerInvoker(), held, position, head);
        // after a crash the dead process's claims hold segments until they time out: until then this
        // process has not read them, whatever the positions of the segments it holds
        int allSegments = tokenStore.fetchSegments(readModel).length;
        int elsewhere = allSegments - held.size() - tokenStore.fetchAvailableSegments(readModel).size();
        RebuildProgress rebuild = generations.rebuild(readModel)
                .map(r -> RebuildProgress.of(r.generation(), r.startedAt(), position, head, Instant.now()))
                .orElse(null);
        return ProjectionStatus.of(readModel, processor.isRunning(), replaying, position, head, lag,
                held.size(), allSegments, Math.max(0, elsewhere), error, deadLetters.stuck(readModel), rebuild);
    }

    private static String describe(Throwable error) {
        return error == null ? "failed" : error.getClass().getSimpleName() + ": " + error.getMessage();
    }

    private StreamingEventProcessor processor(String readModel) {
        ReadModels.requireKnown(readModel);
        return processing.eventProcessor(readModel, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("The processor of read model '" + readModel + "' is not running here."));
    }
}
