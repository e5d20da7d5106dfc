package org.cartledger.verifier;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.cartledger.proof.LedgerEvent;
import org.cartledger.proof.MerkleTree;
import org.cartledger.proof.SignedTreeHead;
import org.cartledger.proof.TreeHead;
import org.cartledger.proof.TreeHeadSigner;
import org.cartledger.proof.WriterKey;

/**
 * A small ledger in PostgreSQL, laid out as the ledger's migrations lay it out: 30 events of three
 * trainees at positions 1–12 and 15–32 (a gap, as sequences leave after rolled-back transactions),
 * the first 28 recorded as leaves, tree heads signed at sizes 10, 20 and 25.
 */
final class LedgerFixture {

    static final String[] TRAINEES = {"F-2026-001", "F-2026-002", "F-2026-003"};
    static final int EVENTS = 30;
    static final int RECORDED = 28;
    static final int[] SIGNED_SIZES = {10, 20, 25};

    private static final String[] DDL = {
            "DROP TABLE IF EXISTS domain_event_entry, ledger_leaf, tree_head",
            "CREATE TABLE domain_event_entry (global_index BIGINT PRIMARY KEY, aggregate_identifier VARCHAR(255) NOT NULL,"
                    + " sequence_number BIGINT NOT NULL, type VARCHAR(255), event_identifier VARCHAR(255) NOT NULL UNIQUE,"
                    + " meta_data BYTEA, payload BYTEA NOT NULL, payload_revision VARCHAR(255),"
                    + " payload_type VARCHAR(255) NOT NULL, time_stamp VARCHAR(255) NOT NULL, writer_mac BYTEA,"
                    + " UNIQUE (aggregate_identifier, sequence_number))",
            "CREATE TABLE ledger_leaf (leaf_index BIGINT PRIMARY KEY, position BIGINT NOT NULL UNIQUE,"
                    + " leaf_hash BYTEA NOT NULL)",
            "CREATE TABLE tree_head (tree_size BIGINT PRIMARY KEY, root_hash BYTEA NOT NULL,"
                    + " timestamp TIMESTAMPTZ NOT NULL, signature BYTEA NOT NULL, key_id TEXT NOT NULL)"};

    /** The writer key of the fixture's ledger: every event carries its MAC. */
    static final WriterKey WRITER = new WriterKey(new byte[32], 0);

    private LedgerFixture() {
    }

    /** Lays out the ledger afresh and returns its events in position order. */
    static List<LedgerEvent> create(Connection connection, TreeHeadSigner signer) throws SQLException {
        execute(connection, DDL);
        List<LedgerEvent> events = events();
        for (LedgerEvent event : events) {
            insert(connection, event);
        }
        List<byte[]> leaves = events.stream().map(LedgerEvent::leafHash).toList();
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO ledger_leaf (leaf_index, position, leaf_hash) VALUES (?, ?, ?)")) {
            for (int i = 0; i < RECORDED; i++) {
                statement.setLong(1, i);
                statement.setLong(2, events.get(i).position());
                statement.setBytes(3, leaves.get(i));
                statement.executeUpdate();
            }
        }
        Instant time = Instant.parse("2026-11-27T02:00:00.750Z");
        for (int size : SIGNED_SIZES) {
            time = time.plusSeconds(600);
            sign(connection, signer.sign(new TreeHead(size, MerkleTree.rootHash(leaves, size), time)));
        }
        return events;
    }

    static void sign(Connection connection, SignedTreeHead signed) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO tree_head (tree_size, root_hash, timestamp, signature, key_id) VALUES (?, ?, ?, ?, ?)")) {
            statement.setLong(1, signed.head().treeSize());
            statement.setBytes(2, signed.head().rootHash());
            statement.setObject(3, OffsetDateTime.ofInstant(signed.head().timestamp(), ZoneOffset.UTC));
            statement.setBytes(4, signed.signature());
            statement.setString(5, signed.keyId());
            statement.executeUpdate();
        }
    }

    static List<LedgerEvent> events() {
        List<LedgerEvent> events = new ArrayList<>();
        int[] sequence = new int[TRAINEES.length];
        for (int i = 0; i < EVENTS; i++) {
            int trainee = i % TRAINEES.length;
            long position = i < 12 ? i + 1 : i + 3;
            events.add(event(position, TRAINEES[trainee], sequence[trainee]++));
        }
        return events;
    }

    static LedgerEvent event(long position, String trainee, long sequenceNumber) {
        Instant recorded = Instant.parse("2026-11-20T08:00:00.123Z").plusSeconds(position * 611);
        String payloadType = sequenceNumber == 0 ? "org.cartledger.api.enrollment.TraineeEnrolledEvent"
                : "org.cartledger.api.activity.SkillLoggedEvent";
        String payload = sequenceNumber == 0
                ? "{\"entryId\":\"entry-" + position + "\",\"traineeId\":\"" + trainee + "\",\"occurredAt\":\""
                + recorded + "\",\"programme\":\"CAR-T cell therapy fellowship\"}"
                : "{\"entryId\":\"entry-" + position + "\",\"traineeId\":\"" + trainee + "\",\"occurredAt\":\""
                + recorded + "\",\"skill\":\"leukapheresis-product-release\",\"supervised\":true,\"count\":"
                + (position % 5 + 1) + "}";
        String metaData = "{\"recorderId\":\"staff-" + (position % 4 + 1) + "\",\"recorderRole\":\"SUPERVISOR\","
                + "\"correlationId\":\"corr-" + position + "\",\"traceId\":\"trace-" + position + "\"}";
        return new LedgerEvent(position, "evt-" + position, trainee, sequenceNumber, payloadType, null,
                recorded.toString(), metaData.getBytes(StandardCharsets.UTF_8), payload.getBytes(StandardCharsets.UTF_8));
    }

    /** Stores the event as the ledger's writer does, with its MAC by {@link #WRITER}. */
    static void insert(Connection connection, LedgerEvent event) throws SQLException {
        insert(connection, event, WRITER.macOf(event));
    }

    /** Stores the event with this writer MAC (null for none), as someone with the database but not the key could. */
    static void insert(Connection connection, LedgerEvent event, byte[] writerMac) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO domain_event_entry (global_index,"
                + " aggregate_identifier, sequence_number, type, event_identifier, meta_data, payload, payload_revision,"
                + " payload_type, time_stamp, writer_mac) VALUES (?, ?, ?, 'Trainee', ?, ?, ?, ?, ?, ?, ?)")) {
            statement.setBytes(10, writerMac);
            statement.setLong(1, event.position());
            statement.setString(2, event.aggregateIdentifier());
            statement.setLong(3, event.sequenceNumber());
            statement.setString(4, event.eventIdentifier());
            statement.setBytes(5, event.metaData());
            statement.setBytes(6, event.payload());
            statement.setString(7, event.payloadRevision());
            statement.setString(8, event.payloadType());
            statement.setString(9, event.timeStamp());
            statement.executeUpdate();
        }
    }

    static void execute(Connection connection, String... sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
        }
    }
}
