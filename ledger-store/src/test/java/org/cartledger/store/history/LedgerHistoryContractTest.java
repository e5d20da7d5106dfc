package org.cartledger.store.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import io.axoniq.axonserver.connector.event.EventChannel;
import io.axoniq.axonserver.connector.event.EventStream;
import io.axoniq.axonserver.grpc.SerializedObject;
import io.axoniq.axonserver.grpc.event.Event;
import io.axoniq.axonserver.grpc.event.EventWithToken;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.axonframework.axonserver.connector.util.GrpcMetaDataConverter;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.cartledger.proof.LedgerEvent;
import org.cartledger.proof.WriterKey;
import org.cartledger.store.EventStoreSchemaConfiguration;
import org.cartledger.store.writer.WriterMacAppend;
import org.cartledger.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * What both storage engines' readers must agree on: the same events, recorded once through Axon's JDBC
 * engine into PostgreSQL and once as the protobuf events Axon Server stores, read back as the same
 * stored form, byte for byte, with the same positions (so the same leaf hashes). There is no Axon Server
 * in these tests: its event channel is played by the events built here, in the shape Axon writes them.
 */
class LedgerHistoryContractTest {

    private static final Serializer SERIALIZER = Jackson3Serializer.builder().build();
    private static final Instant T0 = Instant.parse("2026-03-02T08:15:30.123Z");

    private static final WriterKey WRITER = new WriterKey(new byte[32], 0);

    private static TestDatabase database;
    private static List<DomainEventMessage<?>> recorded;
    private static LedgerHistory jdbc;
    private static LedgerHistory axonServer;

    record SkillSignedOff(String traineeId, String entryId, String skill) {
    }

    @BeforeAll
    static void recordTheSameEventsInBothEngines() throws Exception {
        database = TestDatabase.create();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(migration("V1__event_store.sql"));
            statement.execute(migration("V2__positions_in_commit_order.sql"));
            statement.execute(migration("V3__writer_mac.sql"));
        }
        recorded = new ArrayList<>();
        String[] trainees = {"F-A", "F-B", "F-A", "F-A", "F-B"};
        int[] sequence = new int[2];
        for (int i = 0; i < trainees.length; i++) {
            String trainee = trainees[i];
            int seq = sequence[trainee.equals("F-A") ? 0 : 1]++;
            recorded.add(new GenericDomainEventMessage<>("Trainee", trainee, seq,
                    new SkillSignedOff(trainee, "entry-" + i, "CRS_MANAGEMENT \u00e9\u4e2d"),
                    MetaData.with("recorderId", "fac-wang").and("recorderRole", "FACULTY"),
                    "event-" + i, T0.plusMillis(1000L * i)));
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(database.url());
        dataSource.setUser(database.user());
        EventSchema schema = new EventStoreSchemaConfiguration().eventSchema();
        PersistenceExceptionResolver resolver = new EventStoreSchemaConfiguration().persistenceExceptionResolver();
        JdbcEventStorageEngine engine = JdbcEventStorageEngine.builder()
                .connectionProvider(dataSource::getConnection)
                .transactionManager(NoTransactionManager.INSTANCE)
                .schema(schema)
                .persistenceExceptionResolver(resolver)
                .snapshotSerializer(SERIALIZER)
                .eventSerializer(SERIALIZER)
                .appendEvents(new WriterMacAppend(WRITER)) // the ledger's writer, as LedgerWriterConfiguration builds it
                .build();
        engine.appendEvents(recorded);
        jdbc = new JdbcLedgerHistory(dataSource);
        axonServer = new AxonServerLedgerHistory(() -> channel(axonServerEvents(recorded)), SERIALIZER);
    }

    @AfterAll
    static void dropDatabase() {
        database.close();
    }

    @Test
    void bothEnginesGiveTheSameStoredFormInLedgerOrder() {
        List<LedgerEvent> fromPostgres = jdbc.after(0, 100);
        List<LedgerEvent> fromAxonServer = axonServer.after(0, 100);

        assertThat(fromPostgres).hasSize(recorded.size());
        assertThat(fromAxonServer).containsExactlyElementsOf(fromPostgres);
        for (int i = 0; i < fromPostgres.size(); i++) {
            assertThat(fromAxonServer.get(i).leafHash()).isEqualTo(fromPostgres.get(i).leafHash());
            assertThat(fromPostgres.get(i).position()).as("position = token + 1 = global_index").isEqualTo(i + 1);
            assertThat(fromPostgres.get(i).eventIdentifier()).isEqualTo("event-" + i);
        }
    }

    @Test
    void theLedgersWriterStoresAMacOfEachEventAsItIsStoredAndAxonServerKeepsNone() {
        List<WrittenEvent> written = jdbc.writtenAfter(0, 100);

        assertThat(jdbc.keepsWriterMacs()).isTrue();
        assertThat(written).extracting(WrittenEvent::event).containsExactlyElementsOf(jdbc.after(0, 100));
        assertThat(written).allSatisfy(event -> assertThat(WRITER.verifies(event.event(), event.writerMac())).isTrue());
        assertThat(axonServer.keepsWriterMacs()).isFalse();
        assertThat(axonServer.writtenAfter(0, 100)).allSatisfy(event -> assertThat(event.writerMac()).isNull());
    }

    @Test
    void theStoredFormIsWhatAxonWroteAndNothingElse() {
        LedgerEvent third = axonServer.at(3).orElseThrow();

        assertThat(third.timeStamp()).isEqualTo("2026-03-02T08:15:32.123Z");
        assertThat(third.payloadRevision()).as("an empty protobuf revision is no revision").isNull();
        assertThat(third.sequenceNumber()).isEqualTo(1);
        assertThat(new String(third.payload(), StandardCharsets.UTF_8)).contains("\"entryId\":\"entry-2\"");
        assertThat(new String(third.metaData(), StandardCharsets.UTF_8)).contains("fac-wang").contains("FACULTY");
        assertThat(jdbc.at(3)).contains(third);
    }

    @Test
    void bothEnginesPageFromAPositionAndStopAtTheLimit() {
        assertThat(axonServer.after(2, 2)).containsExactlyElementsOf(jdbc.after(2, 2));
        assertThat(jdbc.after(2, 2)).extracting(LedgerEvent::position).containsExactly(3L, 4L);
        assertThat(axonServer.after(-1, 2)).containsExactlyElementsOf(jdbc.after(-1, 2)).hasSize(2);
        assertThat(axonServer.at(0)).isEmpty();
        assertThat(axonServer.after(5, 10)).isEmpty();
        assertThat(jdbc.after(5, 10)).isEmpty();
    }

    @Test
    void bothEnginesGiveOneTraineesRecordWithItsPositions() {
        assertThat(jdbc.ofTrainee("F-A")).extracting(LedgerEvent::position).containsExactly(1L, 3L, 4L);
        assertThat(axonServer.ofTrainee("F-A")).containsExactlyElementsOf(jdbc.ofTrainee("F-A"));
        assertThat(axonServer.ofTrainee("F-NOBODY")).isEmpty();
        assertThat(jdbc.ofTrainee("F-NOBODY")).isEmpty();
    }

    @Test
    void bothEnginesAgreeOnTheHeadAndOnWhenThePositionWasReached() {
        assertThat(jdbc.head()).isEqualTo(5);
        assertThat(axonServer.head()).isEqualTo(5);
        assertThat(axonServer.recordedAtOrBefore(2)).contains(T0.plusSeconds(1)).isEqualTo(jdbc.recordedAtOrBefore(2));
        assertThat(axonServer.recordedAtOrBefore(99)).contains(T0.plusSeconds(4)).isEqualTo(jdbc.recordedAtOrBefore(99));
        assertThat(axonServer.recordedAtOrBefore(0)).isEmpty();
        assertThat(jdbc.recordedAtOrBefore(0)).isEmpty();
    }

    @Test
    void aProcessorsTokenNamesTheSamePositionOnBothEngines() {
        assertThat(jdbc.positionOf(GapAwareTrackingToken.newInstance(3, Collections.emptySet()))).isEqualTo(3);
        assertThat(axonServer.positionOf(new GlobalSequenceTrackingToken(2))).isEqualTo(3);
    }

    @Test
    void anEmptyAxonServerHasNoHistory() {
        LedgerHistory empty = new AxonServerLedgerHistory(() -> channel(List.of()), SERIALIZER);

        assertThat(empty.head()).isZero();
        assertThat(empty.after(0, 10)).isEmpty();
        assertThat(empty.recordedAtOrBefore(1)).isEmpty();
        assertThat(empty.ofTrainee("F-A")).isEmpty();
    }

    /** The events as Axon's AxonServerEventStore hands them to Axon Server, with 0-based tokens. */
    private static List<EventWithToken> axonServerEvents(List<DomainEventMessage<?>> messages) {
        GrpcMetaDataConverter converter = new GrpcMetaDataConverter(SERIALIZER);
        List<EventWithToken> events = new ArrayList<>();
        for (int token = 0; token < messages.size(); token++) {
            DomainEventMessage<?> message = messages.get(token);
            org.axonframework.serialization.SerializedObject<byte[]> payload = message.serializePayload(SERIALIZER, byte[].class);
            Event.Builder event = Event.newBuilder()
                    .setMessageIdentifier(message.getIdentifier())
                    .setAggregateIdentifier(message.getAggregateIdentifier())
                    .setAggregateSequenceNumber(message.getSequenceNumber())
                    .setAggregateType(message.getType())
                    .setTimestamp(message.getTimestamp().toEpochMilli())
                    .setPayload(SerializedObject.newBuilder()
                            .setType(payload.getType().getName())
                            .setRevision(payload.getType().getRevision() == null ? "" : payload.getType().getRevision())
                            .setData(ByteString.copyFrom(payload.getData())));
            message.getMetaData().forEach((key, value) -> event.putMetaData(key, converter.convertToMetaDataValue(value)));
            events.add(EventWithToken.newBuilder().setToken(token).setEvent(event).build());
        }
        return events;
    }

    /** Axon Server's event channel, as far as the reader uses it: the last token, and streams from a token. */
    private static EventChannel channel(List<EventWithToken> events) {
        return (EventChannel) Proxy.newProxyInstance(EventChannel.class.getClassLoader(), new Class<?>[]{EventChannel.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getLastToken" -> CompletableFuture.completedFuture((long) events.size() - 1);
                    case "openStream" -> stream(events, (Long) args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** As the connector's stream does: openStream(t) sends the events after token t (it asks Axon Server for t + 1 on). */
    private static EventStream stream(List<EventWithToken> events, long afterToken) {
        int[] next = {(int) afterToken + 1};
        return (EventStream) Proxy.newProxyInstance(EventStream.class.getClassLoader(), new Class<?>[]{EventStream.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "nextIfAvailable" -> next[0] < events.size() ? events.get(next[0]++) : null;
                    case "getError" -> Optional.empty();
                    case "close", "excludePayloadType", "onAvailable" -> null;
                    case "isClosed" -> false;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static String migration(String name) throws IOException {
        try (InputStream in = LedgerHistoryContractTest.class.getResourceAsStream("/db/events/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
