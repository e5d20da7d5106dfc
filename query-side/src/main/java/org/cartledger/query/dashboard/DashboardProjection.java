package org.cartledger.query.dashboard;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.cartledger.api.recording.LedgerEntryEvent;
import org.cartledger.query.processing.LedgerPosition;
import org.cartledger.query.processing.ReadModels;
import org.springframework.stereotype.Component;

/** Keeps each trainee's dashboard fold up to date, one event at a time. */
@Component
@ProcessingGroup(ReadModels.DASHBOARD)
class DashboardProjection {

    private final DashboardDocumentRepository documents;
    private final DashboardStateCodec codec;

    DashboardProjection(DashboardDocumentRepository documents, DashboardStateCodec codec) {
        this.documents = documents;
        this.codec = codec;
    }

    @EventHandler
    void on(LedgerEntryEvent event, TrackingToken token) {
        long position = LedgerPosition.of(token);
        DashboardDocument document = documents.findById(event.traineeId())
                .orElseGet(() -> new DashboardDocument(event.traineeId()));
        if (position <= document.ledgerPosition()) {
            return; // already folded in: an event delivered twice must not count twice
        }
        DashboardState state = document.state() == null ? new DashboardState() : codec.read(document.state());
        document.update(codec.write(state.apply(event, position)), position);
        documents.save(document);
    }

    @ResetHandler
    void reset() {
        documents.deleteAllInBatch();
    }
}
