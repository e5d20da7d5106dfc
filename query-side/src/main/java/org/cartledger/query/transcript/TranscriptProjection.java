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
import org.cartledger.api.transcript.EntryFacts;
import org.cartledger.query.processing.Generations;
import org.cartledger.query.processing.IsolatedWrites;
import org.cartledger.query.processing.LedgerPosition;
import org.cartledger.query.processing.ReadModels;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One transcript line per entry, with when it happened, when and by whom it was recorded, and its
 * place in the ledger; what it says both in English words (the summary the transcript's files print) and as
 * facts (for the pages, which say it in their own language). A correction is linked both ways: the
 * correction names what it corrects, and the corrected line names the correction and its reason; the
 * corrected line keeps its facts, as it keeps its summary.
 */
@Component
@ProcessingGroup(ReadModels.TRANSCRIPT)
class TranscriptProjection {

    private final JdbcTemplate jdbc;
    private final Generations generations;
    private final IsolatedWrites writes;
    private final TranscriptFactsCodec facts;

    TranscriptProjection(JdbcTemplate jdbc, Generations generations, IsolatedWrites writes, TranscriptFactsCodec facts) {
        this.jdbc = jdbc;
        this.facts = facts;
        this.generations = generations;
        this.writes = writes;
    }

    @EventHandler
    void on(LedgerEntryEvent event, TrackingToken token, @Timestamp Instant recordedAt,
            @MetaDataValue(Recorder.ID_KEY) String recorderId, @MetaDataValue(Recorder.ROLE_KEY) String recorderRole) {
        long position = LedgerPosition.of(token);
        EntryCorrectedEvent correction = event instanceof EntryCorrectedEvent corrected ? corrected : null;
        writes.run(() -> {
            int generation = generations.writing(ReadModels.TRANSCRIPT);
            int added = jdbc.update("""
                            insert into transcript_entry (generation, entry_id, trainee_id, ledger_position, entry_type,
                                occurred_at, recorded_at, recorder_id, recorder_role, summary, facts, corrects_entry_id, replacement_entry_id)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?) on conflict do nothing""",
                    generation, event.entryId(), event.traineeId().value(), position, LedgerEntryEvent.typeName(event),
                    java.sql.Timestamp.from(event.occurredAt()), java.sql.Timestamp.from(recordedAt), recorderId, recorderRole,
                    TranscriptSummaries.of(event), facts.write(EntryFacts.of(event)), correction == null ? null : correction.correctedEntryId(),
                    correction == null ? null : correction.replacementEntryId());
            if (added == 0) {
                return; // an event delivered twice is one line
            }
            if (correction != null) {
                jdbc.update("""
                                update transcript_entry set corrected_by_entry_id = ?, correction_reason = ?
                                where generation = ? and entry_id = ?""",
                        correction.entryId(), correction.reason(), generation, correction.correctedEntryId());
            }
        });
    }

    /** A rebuild: a new, empty generation beside the one served, which readers keep seeing until it is done. */
    @ResetHandler
    void reset() {
        generations.beginRebuild(ReadModels.TRANSCRIPT, null);
    }
}
