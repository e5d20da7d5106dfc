package org.cartledger.query.processing;

import java.util.List;
import java.util.NoSuchElementException;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
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

    public ProjectionRebuilder(EventProcessingConfiguration processing, EventStore eventStore) {
        this.processing = processing;
        this.eventStore = eventStore;
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
        TrackingToken headToken = eventStore.createHeadToken();
        long head = headToken == null ? -1L : headToken.position().orElse(-1L);
        return ProjectionStatus.of(readModel, processor.isRunning(), replaying, position, head);
    }

    private StreamingEventProcessor processor(String readModel) {
        if (!ReadModels.ALL.contains(readModel)) {
            throw new NoSuchElementException("No read model '" + readModel + "'. Read models: " + ReadModels.ALL + ".");
        }
        return processing.eventProcessor(readModel, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("The processor of read model '" + readModel + "' is not running here."));
    }
}
