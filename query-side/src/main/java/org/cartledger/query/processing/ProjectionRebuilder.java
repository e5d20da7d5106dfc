package org.cartledger.query.processing;

import java.util.List;
import java.util.NoSuchElementException;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Rebuilds a read model from the first event: its processor stops, its table is emptied by the
 * projection's reset handler, and it reads the whole ledger again. The other read models keep
 * serving meanwhile.
 */
@Component
public class ProjectionRebuilder {

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final TokenStore tokenStore;

    public ProjectionRebuilder(EventProcessingConfiguration processing, EventStore eventStore, TokenStore tokenStore) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.tokenStore = tokenStore;
    }

    public ProjectionStatus rebuild(String readModel) {
        StreamingEventProcessor processor = processor(readModel);
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        return status(readModel);
    }

    public List<ProjectionStatus> statuses() {
        return ReadModels.ALL.stream().map(this::status).toList();
    }

    public ProjectionStatus status(String readModel) {
        StreamingEventProcessor processor = processor(readModel);
        long position = processor.processingStatus().values().stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .mapToLong(p -> p.orElse(-1L))
                .min().orElse(-1L);
        boolean replaying = processor.processingStatus().values().stream().anyMatch(EventTrackerStatus::isReplaying);
        String error = processor.processingStatus().values().stream()
                .filter(EventTrackerStatus::isErrorState)
                .map(status -> describe(status.getError()))
                .findFirst().orElse(null);
        TrackingToken headToken = eventStore.createHeadToken();
        long head = headToken == null ? -1L : headToken.position().orElse(-1L);
        // after a crash the dead process's claims hold segments until they time out: until then this
        // process has not read them, whatever the positions of the segments it holds
        int allSegments = tokenStore.fetchSegments(readModel).length;
        return ProjectionStatus.of(readModel, processor.isRunning(), replaying, position, head,
                processor.processingStatus().size(), allSegments, error);
    }

    private static String describe(Throwable error) {
        return error == null ? "failed" : error.getClass().getSimpleName() + ": " + error.getMessage();
    }

    private StreamingEventProcessor processor(String readModel) {
        if (!ReadModels.ALL.contains(readModel)) {
            throw new NoSuchElementException("No read model '" + readModel + "'. Read models: " + ReadModels.ALL + ".");
        }
        return processing.eventProcessor(readModel, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("The processor of read model '" + readModel + "' is not running here."));
    }
}
