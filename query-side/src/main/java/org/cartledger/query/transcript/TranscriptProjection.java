package org.cartledger.query.transcript;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.cartledger.api.correction.EntryCorrectedEvent;
import org.cartledger.api.recording.LedgerEntryEvent;
import org.cartledger.api.recording.Recorder;
import org.cartledger.query.processing.LedgerPosition;
import org.cartledger.query.processing.ReadModels;
import org.springframework.stereotype.Component;

/**
 * One transcript line per entry, with when it happened, when and by whom it was recorded, and its
 * place in the ledger. A correction is linked both ways: the correction names what it corrects, and
 * the corrected line names the correction and its reason.
 */
@Component
@ProcessingGroup(ReadModels.TRANSCRIPT)
class TranscriptProjection {

    private final TranscriptEntryRepository entries;

    TranscriptProjection(TranscriptEntryRepository entries) {
        this.entries = entries;
    }

    @EventHandler
    void on(LedgerEntryEvent event, TrackingToken token, @Timestamp Instant recordedAt,
            @MetaDataValue(Recorder.ID_KEY) String recorderId, @MetaDataValue(Recorder.ROLE_KEY) String recorderRole) {
        if (entries.existsById(event.entryId())) {
            return; // an event delivered twice is one line
        }
        TranscriptEntry line = new TranscriptEntry(event.entryId(), event.traineeId(), LedgerPosition.of(token),
                LedgerEntryEvent.typeName(event), event.occurredAt(), recordedAt, recorderId, recorderRole,
                TranscriptSummaries.of(event));
        if (event instanceof EntryCorrectedEvent correction) {
            line.corrects(correction.correctedEntryId(), correction.replacementEntryId());
            entries.findById(correction.correctedEntryId())
                    .ifPresent(corrected -> corrected.correctedBy(correction.entryId(), correction.reason()));
        }
        entries.save(line);
    }

    @ResetHandler
    void reset() {
        entries.deleteAllInBatch();
    }
}
