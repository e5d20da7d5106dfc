package org.cartledger.audit.entries;

import java.util.List;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedMetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.recording.LedgerEntryEvent;
import org.cartledger.api.recording.Recorder;
import org.cartledger.proof.LedgerEvent;
import org.cartledger.store.history.LedgerHistory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Stored events read back as trainees' entries: the one place that deserializes the ledger's history,
 * with the same event serializer Axon wrote it with, so a replay sees exactly what the read models saw.
 */
@Component
public class RecordedEntries {

    private final LedgerHistory history;
    private final Serializer serializer;

    RecordedEntries(LedgerHistory history, @Qualifier("eventSerializer") Serializer serializer) {
        this.history = history;
        this.serializer = serializer;
    }

    /** Every entry of the trainee's record, in ledger order; empty when there is no such record. */
    public List<RecordedEntry> ofTrainee(TraineeId traineeId) {
        return history.ofTrainee(traineeId.value()).stream().map(this::read).toList();
    }

    public RecordedEntry read(LedgerEvent stored) {
        Object event = serializer.deserialize(new SimpleSerializedObject<>(stored.payload(), byte[].class,
                stored.payloadType(), stored.payloadRevision()));
        if (!(event instanceof LedgerEntryEvent entry)) {
            throw new IllegalStateException("Event at ledger position " + stored.position() + " is a "
                    + stored.payloadType() + ", not an entry of a trainee's record");
        }
        byte[] metaDataBytes = stored.metaData();
        MetaData metaData = metaDataBytes == null ? MetaData.emptyInstance()
                : serializer.deserialize(new SerializedMetaData<>(metaDataBytes, byte[].class));
        return new RecordedEntry(stored.position(), DateTimeUtils.parseInstant(stored.timeStamp()), entry,
                text(metaData.get(Recorder.ID_KEY)), text(metaData.get(Recorder.ROLE_KEY)), stored.payload());
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
