package org.cartledger.audit.entries;

import java.util.List;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.recording.LedgerEntryEvent;
import org.cartledger.api.recording.Recorder;
import org.cartledger.api.requirements.RequirementSetDefinedEvent;
import org.cartledger.proof.LedgerEvent;
import org.cartledger.store.history.LedgerHistory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stored events read back as trainees' entries: the one place that deserializes the ledger's history,
 * with the same event serializer Axon wrote it with, so a replay sees exactly what the read models saw.
 */
@Component
public class RecordedEntries {

    private final LedgerHistory history;
    private final Serializer serializer;
    private final JsonMapper jsonMapper;

    RecordedEntries(LedgerHistory history, @Qualifier("eventSerializer") Serializer serializer, JsonMapper jsonMapper) {
        this.history = history;
        this.serializer = serializer;
        this.jsonMapper = jsonMapper;
    }

    /** Every entry of the trainee's record, in ledger order; empty when there is no such record. */
    public List<RecordedEntry> ofTrainee(TraineeId traineeId) {
        return history.ofTrainee(traineeId.value()).stream().map(this::read).toList();
    }

    /** The entries of the trainee's record at or before a ledger position, in ledger order. */
    public List<RecordedEntry> ofTraineeUpTo(TraineeId traineeId, long position) {
        return history.ofTraineeUpTo(traineeId.value(), position).stream().map(this::read).toList();
    }

    /**
     * The entry id of any event in the ledger: a trainee's entry, or an entry of the program's own record (a track's
     * requirement set). The tree indexes every event by it.
     */
    public String entryIdOf(LedgerEvent stored) {
        Object event = deserialize(stored);
        if (event instanceof LedgerEntryEvent entry) {
            return entry.entryId();
        }
        if (event instanceof RequirementSetDefinedEvent definition) {
            return definition.entryId();
        }
        throw UnreadableEvent.at(stored.position(), stored.eventIdentifier(), stored.payloadType(),
                new IllegalStateException("a " + stored.payloadType() + " is no entry of the ledger's"));
    }

    private Object deserialize(LedgerEvent stored) {
        try {
            return serializer.deserialize(new SimpleSerializedObject<>(stored.payload(), byte[].class,
                    stored.payloadType(), stored.payloadRevision()));
        } catch (RuntimeException e) {
            throw UnreadableEvent.at(stored.position(), stored.eventIdentifier(), stored.payloadType(), e);
        }
    }

    public RecordedEntry read(LedgerEvent stored) {
        Object event = deserialize(stored);
        if (!(event instanceof LedgerEntryEvent entry)) {
            throw UnreadableEvent.at(stored.position(), stored.eventIdentifier(), stored.payloadType(),
                    new IllegalStateException("a " + stored.payloadType() + " is not an entry of a trainee's record"));
        }
        // only the recorder is read from the metadata, as a tree: Axon's MetaData would copy every key into maps
        JsonNode metaData;
        try {
            metaData = stored.metaData() == null ? null : jsonMapper.readTree(stored.metaData());
        } catch (RuntimeException e) {
            throw UnreadableEvent.at(stored.position(), stored.eventIdentifier(), stored.payloadType(), e);
        }
        return new RecordedEntry(stored.position(), StoredTimes.parse(stored.timeStamp()), entry,
                text(metaData, Recorder.ID_KEY), text(metaData, Recorder.ROLE_KEY), stored.payload());
    }

    private static String text(JsonNode metaData, String key) {
        JsonNode value = metaData == null ? null : metaData.get(key);
        return value == null || value.isNull() ? null : value.isValueNode() ? value.asString() : value.toString();
    }
}
