package org.cartledger.store.writer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.AppendEventsStatementBuilder;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.TimestampWriter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.cartledger.proof.LedgerEvent;
import org.cartledger.proof.WriterKey;

/**
 * The ledger's insert of new events: what Axon's own append statement writes
 * ({@code JdbcEventStorageEngineStatements.appendEvents}), and beside it each event's writer MAC
 * (docs/ledger-proofs.md §2a), computed over the very values bound to the statement, so that what is MACed is what
 * is stored. The position is left to the table's trigger, which is why the MAC does not cover it.
 */
public final class WriterMacAppend implements AppendEventsStatementBuilder {

    private final WriterKey key;

    public WriterMacAppend(WriterKey key) {
        this.key = key;
    }

    @Override
    public PreparedStatement build(Connection connection, EventSchema schema, Class<?> dataType,
                                   List<? extends EventMessage<?>> events, Serializer serializer,
                                   TimestampWriter timestampWriter) throws SQLException {
        if (dataType != byte[].class) {
            // the MAC is over the stored bytes; another column type would be converted by the driver after it
            throw new IllegalStateException("The ledger stores payloads as bytea (byte[]), not " + dataType.getName());
        }
        String sql = "INSERT INTO " + schema.domainEventTable() + " (" + schema.eventIdentifierColumn() + ", "
                + schema.aggregateIdentifierColumn() + ", " + schema.sequenceNumberColumn() + ", " + schema.typeColumn() + ", "
                + schema.timestampColumn() + ", " + schema.payloadTypeColumn() + ", " + schema.payloadRevisionColumn() + ", "
                + schema.payloadColumn() + ", " + schema.metaDataColumn() + ", writer_mac) VALUES (?,?,?,?,?,?,?,?,?,?)";
        PreparedStatement statement = connection.prepareStatement(sql);
        for (EventMessage<?> message : events) {
            DomainEventMessage<?> event = asDomainEventMessage(message);
            SerializedObject<byte[]> payload = event.serializePayload(serializer, byte[].class);
            SerializedObject<byte[]> metaData = event.serializeMetaData(serializer, byte[].class);
            // as the engine's own TimestampWriter writes it into the varchar column
            String timeStamp = DateTimeUtils.formatInstant(event.getTimestamp());
            LedgerEvent stored = new LedgerEvent(0, event.getIdentifier(), event.getAggregateIdentifier(), event.getSequenceNumber(),
                    payload.getType().getName(), payload.getType().getRevision(), timeStamp, metaData.getData(), payload.getData());
            statement.setString(1, stored.eventIdentifier());
            statement.setString(2, stored.aggregateIdentifier());
            statement.setLong(3, stored.sequenceNumber());
            statement.setString(4, event.getType());
            statement.setString(5, timeStamp);
            statement.setString(6, stored.payloadType());
            statement.setString(7, stored.payloadRevision());
            statement.setBytes(8, stored.payload());
            statement.setBytes(9, stored.metaData());
            statement.setBytes(10, key.macOf(stored));
            statement.addBatch();
        }
        return statement;
    }

    /** As Axon stores an event that belongs to no aggregate: under its own identifier, at sequence 0. */
    private static DomainEventMessage<?> asDomainEventMessage(EventMessage<?> event) {
        return event instanceof DomainEventMessage<?> domain ? domain
                : new GenericDomainEventMessage<>(null, event.getIdentifier(), 0L, event, event::getTimestamp);
    }
}
