package org.cartledger.command.idempotency;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.recording.IdempotentRequest;
import org.cartledger.api.recording.Recorder;
import org.cartledger.command.refusal.RuleViolation;

/**
 * What a command sent with an Idempotency-Key tells the trainee's record, in its metadata: the key, the
 * request's fingerprint, and the entry id, which is derived from (recorder, trainee, key) and so the same
 * for every retry of the request. The record is the arbiter on every event store: a command whose entry
 * id it already holds is answered with that entry and appends nothing (when the fingerprint matches; the
 * fingerprint is kept in the entry's event metadata), or refused as another request under the same key.
 * That holds where the key table cannot be written with the event (Axon Server), after a crash between
 * the event and the key's row, and for two requests at once (the record takes one command at a time).
 */
public record KeyedRequest(String key, String fingerprint, String entryId) {

    /** Metadata keys, the message contract's ({@link IdempotentRequest}); the fingerprint is also copied onto the event (RecordingConfiguration). */
    public static final String FINGERPRINT = IdempotentRequest.FINGERPRINT;
    static final String KEY = IdempotentRequest.KEY;
    static final String ENTRY_ID = IdempotentRequest.ENTRY_ID;
    static final String TRAINEE_ID = IdempotentRequest.TRAINEE_ID;

    public KeyedRequest {
        Objects.requireNonNull(key);
        Objects.requireNonNull(fingerprint);
        Objects.requireNonNull(entryId);
    }

    /** See {@link IdempotentRequest#entryIdFor}. */
    static String entryIdFor(Recorder recorder, TraineeId traineeId, IdempotencyKey key) {
        return IdempotentRequest.entryIdFor(recorder.id(), traineeId, key.value());
    }

    /** The keyed request a command carries; empty for a command sent without a key. */
    public static Optional<KeyedRequest> of(Map<String, ?> metaData) {
        Object key = metaData.get(KEY);
        Object fingerprint = metaData.get(FINGERPRINT);
        Object entryId = metaData.get(ENTRY_ID);
        if (key == null || fingerprint == null || entryId == null) {
            return Optional.empty();
        }
        return Optional.of(new KeyedRequest(key.toString(), fingerprint.toString(), entryId.toString()));
    }

    /** The fingerprint an event was recorded with; null for an entry recorded without a key. */
    public static String fingerprintOf(Map<String, ?> eventMetaData) {
        Object fingerprint = eventMetaData.get(FINGERPRINT);
        return fingerprint == null ? null : fingerprint.toString();
    }

    public Map<String, String> toMetaData(TraineeId traineeId) {
        return new IdempotentRequest(key, fingerprint, entryId, traineeId).toMetaData();
    }

    /**
     * The answer to this request when the record already holds its entry: that entry, if it was recorded by
     * the same request; otherwise the key names another request, and this one is refused, storing nothing.
     */
    public String answerWithRecorded(String recordedFingerprint) {
        if (!fingerprint.equals(recordedFingerprint)) {
            throw RuleViolation.unacceptable(IdempotencyRules.REUSED, IdempotencyRules.reusedDetail(key, entryId));
        }
        return entryId;
    }
}
