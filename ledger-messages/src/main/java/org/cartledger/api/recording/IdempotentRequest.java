package org.cartledger.api.recording;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.cartledger.api.ids.TraineeId;

/**
 * The metadata by which a command says which request it records, so that sending it again (a double tap,
 * a retry after a timeout) records nothing more: the sender's key, a fingerprint of the request (equal
 * for a retry, different for another request), and the entry id derived from the key. The trainee's
 * record answers a command whose entry it already holds with that entry; the command side's key table
 * refuses a key reused for another entry. Every sender of commands (the HTTP API, the web app) puts it
 * in a command's metadata the same way, through this record.
 */
public record IdempotentRequest(String key, String fingerprint, String entryId, TraineeId traineeId) {

    public static final String KEY = "idempotencyKey";
    /** Also copied onto the entry's event, where the record finds it when the request comes again. */
    public static final String FINGERPRINT = "idempotencyFingerprint";
    public static final String ENTRY_ID = "idempotencyEntryId";
    public static final String TRAINEE_ID = "idempotencyTraineeId";

    public IdempotentRequest {
        Objects.requireNonNull(key);
        Objects.requireNonNull(fingerprint);
        Objects.requireNonNull(entryId);
        Objects.requireNonNull(traineeId);
    }

    /**
     * A name-based UUID: the same recorder, trainee and key give the same entry id on any node, in any
     * process, before or after a restart. Ids and keys hold no line feed, so the name is unambiguous.
     */
    public static String entryIdFor(String recorderId, TraineeId traineeId, String key) {
        String name = "idempotency\n" + recorderId + "\n" + traineeId.value() + "\n" + key;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    public Map<String, String> toMetaData() {
        return Map.of(KEY, key, FINGERPRINT, fingerprint, ENTRY_ID, entryId, TRAINEE_ID, traineeId.value());
    }
}
