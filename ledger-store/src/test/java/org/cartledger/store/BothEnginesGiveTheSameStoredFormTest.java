package org.cartledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import io.axoniq.axonserver.grpc.SerializedObject;
import io.axoniq.axonserver.grpc.event.Event;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.axonframework.axonserver.connector.util.GrpcMetaDataConverter;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.cartledger.proof.Hashes;
import org.cartledger.proof.LedgerEvent;
import org.cartledger.testing.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The ledger's two readers must hand the tree the same stored form for the same event, or a leaf would
 * hash differently on Axon Server than in PostgreSQL. The event is appended by Axon's own JDBC engine to
 * a real PostgreSQL and read back by {@link JdbcLedgerHistory}; the same message is written as Axon Server
 * holds it (a gRPC {@link Event}: timestamp in epoch millis, metadata as typed values, revision "" for
 * none) and placed by {@link AxonServerLedgerHistory}. There is no Axon Server in the automated tests.
 */
class BothEnginesGiveTheSameStoredFormTest {

    private static final Serializer SERIALIZER = Jackson3Serializer.builder().build();
    private static final Instant RECORDED = Instant.parse("2026-11-20T08:15:30.123Z");

    private static TestDatabase database;
    private static DataSource dataSource;

    record SkillSignedOff(String entryId, String traineeId, String skill) {
    }

    @BeforeAll
    static void store() {
        database = TestDatabase.create();
        Flyway.configure().dataSource(database.url(), database.user(), "").locations("classpath:db/migration").load().migrate();
        dataSource = new DriverManagerDataSource(database.url(), database.user(), "");
    }

    @AfterAll
    static void drop() {
        database.close();
    }

    @Test
    void anEventReadFromPostgresAndFromAxonServerHasTheSameCanonicalBytes() {
        GenericDomainEventMessage<SkillSignedOff> message = new GenericDomainEventMessage<>("TraineeRecord", "F-1", 0,
                new SkillSignedOff("entry-1", "F-1", "CRS_MANAGEMENT"),
                MetaData.with("recorderId", "fac-wang").and("recorderRole", "FACULTY").and("correlationId", "c-1"),
                "event-1", RECORDED);
        engine().appendEvents(List.of(message));

        JdbcLedgerHistory postgres = new JdbcLedgerHistory(dataSource);
        LedgerEvent fromPostgres = postgres.ofTrainee("F-1").get(0);
        LedgerEvent fromAxonServer = axonServer(id -> OptionalLong.of(fromPostgres.position()))
                .storedForm(asAxonServerHoldsIt(message), fromPostgres.position());

        assertThat(fromAxonServer.timeStamp()).isEqualTo(fromPostgres.timeStamp());
        assertThat(fromAxonServer.payloadRevision()).isEqualTo(fromPostgres.payloadRevision()).isNull();
        assertThat(new String(fromAxonServer.metaData())).isEqualTo(new String(fromPostgres.metaData()));
        assertThat(Hashes.hex(fromAxonServer.canonicalBytes())).isEqualTo(Hashes.hex(fromPostgres.canonicalBytes()));
        assertThat(postgres.head()).isEqualTo(fromPostgres.position());
        assertThat(postgres.at(List.of(fromPostgres.position(), 999L))).hasSize(1);
        assertThat(postgres.lastAtOrBefore(fromPostgres.position() + 10)).contains(fromPostgres);
        assertThat(postgres.lastAtOrBefore(fromPostgres.position() - 1)).isEmpty();
    }

    @Test
    void anAxonServerEventTheIndexDoesNotPlaceIsNotGivenAPositionItDoesNotHave() {
        AxonServerLedgerHistory history = axonServer(id -> OptionalLong.empty());
        Event event = asAxonServerHoldsIt(new GenericDomainEventMessage<>("TraineeRecord", "F-2", 0,
                new SkillSignedOff("entry-2", "F-2", "CRS_MANAGEMENT"), MetaData.emptyInstance(), "event-2", RECORDED));
        // a stored event without metadata keeps "no metadata" (hashed as zero bytes), not an empty object
        assertThat(history.storedForm(event, 7).metaData()).isNull();
        assertThat(history.storedForm(event, 7).position()).isEqualTo(7);
        assertThatThrownBy(() -> new AxonServerLedgerHistory(() -> null, SERIALIZER, id -> OptionalLong.empty()).head())
                .isInstanceOf(NullPointerException.class);
    }

    private static AxonServerLedgerHistory axonServer(EventPositions positions) {
        return new AxonServerLedgerHistory(() -> {
            throw new AssertionError("no Axon Server here: only the mapping is tested");
        }, SERIALIZER, positions);
    }

    /** What Axon's connector sends Axon Server for a domain event (AxonServerEventStore's mapping). */
    private static Event asAxonServerHoldsIt(GenericDomainEventMessage<?> message) {
        org.axonframework.serialization.SerializedObject<byte[]> payload = SERIALIZER.serialize(message.getPayload(), byte[].class);
        GrpcMetaDataConverter converter = new GrpcMetaDataConverter(SERIALIZER);
        Event.Builder event = Event.newBuilder()
                .setMessageIdentifier(message.getIdentifier())
                .setAggregateIdentifier(message.getAggregateIdentifier())
                .setAggregateSequenceNumber(message.getSequenceNumber())
                .setAggregateType(message.getType())
                .setTimestamp(message.getTimestamp().toEpochMilli())
                .setPayload(SerializedObject.newBuilder().setType(payload.getType().getName())
                        .setRevision(payload.getType().getRevision() == null ? "" : payload.getType().getRevision())
                        .setData(ByteString.copyFrom(payload.getData())));
        for (Map.Entry<String, ?> entry : message.getMetaData().entrySet()) {
            event.putMetaData(entry.getKey(), converter.convertToMetaDataValue(entry.getValue()));
        }
        return event.build();
    }

    private static JdbcEventStorageEngine engine() {
        return JdbcEventStorageEngine.builder()
                .connectionProvider(new DataSourceConnectionProvider(dataSource))
                .transactionManager(NoTransactionManager.INSTANCE)
                .eventSerializer(SERIALIZER)
                .snapshotSerializer(SERIALIZER)
                .schema(new EventStoreSchemaConfiguration().eventSchema())
                .build();
    }
}
