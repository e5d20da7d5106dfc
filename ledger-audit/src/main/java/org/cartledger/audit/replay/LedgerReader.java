package org.cartledger.audit.replay;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedMetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.cartledger.api.recording.LedgerEntryEvent;
import org.cartledger.api.recording.Recorder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a trainee's events straight from the event store, {@code domain_event_entry}, with their
 * ledger positions: a committee cut is a ledger position or a recording time, and Axon's event store
 * API gives neither for one aggregate's events. Payloads are read with the same event serializer Axon
 * wrote them with, so the replay sees exactly the events the read models saw.
 *
 * <p>Only where the ledger keeps its events in PostgreSQL (the default, embedded deployment). With
 * Axon Server (profile {@code axonserver}) the events live in Axon Server, this reader is not created
 * and the replay endpoints do not exist.
 */
@Component
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
class LedgerReader {

    private static final String EVENT_COLUMNS = "global_index, time_stamp, payload_type, payload_revision, payload, meta_data";

    private final JdbcClient jdbc;
    private final Serializer serializer;

    LedgerReader(DataSource dataSource, @Qualifier("eventSerializer") Serializer serializer) {
        this.jdbc = JdbcClient.create(dataSource);
        this.serializer = serializer;
    }

    /** Every event of the trainee's record, in ledger order; empty when there is no such record. */
    List<RecordedEntry> entriesOf(String traineeId) {
        return jdbc.sql("SELECT " + EVENT_COLUMNS + " FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY global_index")
                .param(traineeId)
                .query((row, n) -> entry(row))
                .list();
    }

    /** The position of the latest event in the ledger, of any trainee; 0 while the ledger is empty. */
    long head() {
        return jdbc.sql("SELECT coalesce(max(global_index), 0) FROM domain_event_entry").query(Long.class).single();
    }

    /**
     * When the ledger stood at a position: the recording time of the last event at or before it, of
     * any trainee (positions are global, and a rolled-back transaction leaves a gap).
     */
    Optional<Instant> recordedAtOrBefore(long position) {
        return jdbc.sql("SELECT time_stamp FROM domain_event_entry WHERE global_index <= ? ORDER BY global_index DESC LIMIT 1")
                .param(position)
                .query(String.class)
                .optional()
                .map(DateTimeUtils::parseInstant);
    }

    private RecordedEntry entry(ResultSet row) throws SQLException {
        byte[] payload = row.getBytes("payload");
        Object event = serializer.deserialize(new SimpleSerializedObject<>(payload, byte[].class,
                row.getString("payload_type"), row.getString("payload_revision")));
        if (!(event instanceof LedgerEntryEvent entry)) {
            throw new IllegalStateException("Event at ledger position " + row.getLong("global_index")
                    + " is a " + row.getString("payload_type") + ", not an entry of a trainee's record");
        }
        byte[] metaDataBytes = row.getBytes("meta_data");
        MetaData metaData = metaDataBytes == null ? MetaData.emptyInstance()
                : serializer.deserialize(new SerializedMetaData<>(metaDataBytes, byte[].class));
        return new RecordedEntry(row.getLong("global_index"), DateTimeUtils.parseInstant(row.getString("time_stamp")),
                entry, text(metaData.get(Recorder.ID_KEY)), text(metaData.get(Recorder.ROLE_KEY)), payload);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
