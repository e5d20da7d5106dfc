package org.cartledger.audit.replay;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedMetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.cartledger.api.recording.LedgerEntryEvent;
import org.cartledger.api.recording.Recorder;
import org.cartledger.audit.tree.LedgerTree;
import org.cartledger.proof.LedgerEvent;
import org.cartledger.store.LedgerHistory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * A trainee's entries as the ledger recorded them, read through the ledger's one reader with their
 * positions: a committee cut is a ledger position or a recording time. Payloads are read with the same
 * event serializer Axon wrote them with, so the replay sees exactly the events the read models saw.
 */
@Component
class RecordedEntries {

    private final LedgerHistory history;
    private final LedgerTree tree;
    private final Serializer serializer;

    RecordedEntries(LedgerHistory history, LedgerTree tree, @Qualifier("eventSerializer") Serializer serializer) {
        this.history = history;
        this.tree = tree;
        this.serializer = serializer;
    }

    /** Every entry of the trainee's record, in ledger order; empty when there is no such record. */
    List<RecordedEntry> of(String traineeId) {
        // where the events are in Axon Server, a trainee's events are placed by the index kept with the leaves
        tree.appendPending();
        return history.ofTrainee(traineeId).stream().map(this::entry).toList();
    }

    /** The position of the latest event in the ledger, of any trainee; 0 while the ledger is empty. */
    long head() {
        return history.head();
    }

    /**
     * When the ledger stood at a position: the recording time of the last event at or before it, of
     * any trainee (positions are global, and a rolled-back transaction leaves a gap).
     */
    Optional<Instant> recordedAtOrBefore(long position) {
        return history.lastAtOrBefore(position).map(event -> DateTimeUtils.parseInstant(event.timeStamp()));
    }

    private RecordedEntry entry(LedgerEvent stored) {
        byte[] payload = stored.payload();
        Object event = serializer.deserialize(new SimpleSerializedObject<>(payload, byte[].class,
                stored.payloadType(), stored.payloadRevision()));
        if (!(event instanceof LedgerEntryEvent entry)) {
            throw new IllegalStateException("Event at ledger position " + stored.position()
                    + " is a " + stored.payloadType() + ", not an entry of a trainee's record");
        }
        byte[] metaDataBytes = stored.metaData();
        MetaData metaData = metaDataBytes == null ? MetaData.emptyInstance()
                : serializer.deserialize(new SerializedMetaData<>(metaDataBytes, byte[].class));
        return new RecordedEntry(stored.position(), DateTimeUtils.parseInstant(stored.timeStamp()),
                entry, text(metaData.get(Recorder.ID_KEY)), text(metaData.get(Recorder.ROLE_KEY)), payload);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
