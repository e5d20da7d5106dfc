package org.cartledger.query.transcript;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.cartledger.api.transcript.TranscriptEntryView;

@Entity
@Table(name = "transcript_entry")
class TranscriptEntry {

    @Id
    private String entryId;
    private String traineeId;
    private long ledgerPosition;
    private String entryType;
    private Instant occurredAt;
    private Instant recordedAt;
    private String recorderId;
    private String recorderRole;
    private String summary;
    private String correctedByEntryId;
    private String correctionReason;
    private String correctsEntryId;
    private String replacementEntryId;

    protected TranscriptEntry() {
    }

    TranscriptEntry(String entryId, String traineeId, long ledgerPosition, String entryType, Instant occurredAt,
                    Instant recordedAt, String recorderId, String recorderRole, String summary) {
        this.entryId = entryId;
        this.traineeId = traineeId;
        this.ledgerPosition = ledgerPosition;
        this.entryType = entryType;
        this.occurredAt = occurredAt;
        this.recordedAt = recordedAt;
        this.recorderId = recorderId;
        this.recorderRole = recorderRole;
        this.summary = summary;
    }

    void corrects(String correctedEntryId, String replacementEntryId) {
        this.correctsEntryId = correctedEntryId;
        this.replacementEntryId = replacementEntryId;
    }

    void correctedBy(String correctionEntryId, String reason) {
        this.correctedByEntryId = correctionEntryId;
        this.correctionReason = reason;
    }

    TranscriptEntryView toView() {
        return new TranscriptEntryView(ledgerPosition, entryId, entryType, occurredAt, recordedAt, recorderId,
                recorderRole, summary, correctedByEntryId, correctionReason, correctsEntryId, replacementEntryId);
    }
}
