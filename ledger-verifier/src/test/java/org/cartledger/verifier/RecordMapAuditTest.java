package org.cartledger.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.cartledger.proof.Ed25519Keys;
import org.cartledger.proof.Hashes;
import org.cartledger.proof.LedgerEvent;
import org.cartledger.proof.MerkleTree;
import org.cartledger.proof.SignedTreeHead;
import org.cartledger.proof.TreeHead;
import org.cartledger.proof.TreeHeadSigner;
import org.cartledger.proof.recordmap.RecordMap;
import org.cartledger.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The audit recomputes the record map of each signed head of version 2 (docs/ledger-proofs.md §4a) from the events. */
class RecordMapAuditTest {

    private static final TreeHeadSigner SIGNER = new TreeHeadSigner(Ed25519Keys.generate());
    private static final Instant LATER = Instant.parse("2026-11-27T03:00:00Z");
    private static TestDatabase database;

    private Connection connection;
    private List<LedgerEvent> events;
    private List<byte[]> leaves;

    @BeforeAll
    static void createDatabase() {
        database = TestDatabase.create();
    }

    @AfterAll
    static void dropDatabase() {
        database.close();
    }

    @BeforeEach
    void layOutALedgerWithHeadsOfBothVersions() throws SQLException {
        connection = database.connect();
        events = LedgerFixture.create(connection, SIGNER); // heads of version 1 at sizes 10, 20 and 25
        leaves = events.stream().map(LedgerEvent::leafHash).toList();
        LedgerFixture.execute(connection, "ALTER TABLE tree_head ADD COLUMN map_root_hash BYTEA");
        sign(26, RecordMap.ofEvents(events.subList(0, 26)).rootHash());
    }

    @AfterEach
    void disconnect() throws SQLException {
        connection.close();
    }

    @Test
    void headsOfVersionTwoWhoseMapTheEventsReproduceAuditCleanBesideHeadsOfVersionOne() throws SQLException {
        sign(28, RecordMap.ofEvents(events.subList(0, 28)).rootHash());
        AuditReport report = LedgerAudit.audit(connection, SIGNER.publicKey());
        assertThat(report.problems()).isEmpty();
        assertThat(report.intact()).isTrue();
        assertThat(report.treeHeadsChecked()).isEqualTo(5);
    }

    @Test
    void aHeadSignedOverAnotherRecordMapIsRefusedByName() throws SQLException {
        // a head of size 28 over the record map of 27 events, as if the last entry were not there; signed with the key
        byte[] forged = RecordMap.ofEvents(events.subList(0, 27)).rootHash();
        byte[] genuine = RecordMap.ofEvents(events.subList(0, 28)).rootHash();
        assertThat(forged).isNotEqualTo(genuine);
        sign(28, forged);
        AuditReport report = LedgerAudit.audit(connection, SIGNER.publicKey());
        assertThat(report.intact()).isFalse();
        assertThat(report.problems()).containsExactly("tree head of size 28 (made 2026-11-27T03:00:00Z): its signed record map"
                + " root " + Hashes.hex(forged) + " is not the root " + Hashes.hex(genuine) + " of the record map of the first 28"
                + " events now in domain_event_entry");
    }

    @Test
    void anEventMovedToAnotherRecordBreaksTheSignedMapAsWellAsTheRoots() throws SQLException {
        LedgerFixture.execute(connection,
                "UPDATE domain_event_entry SET aggregate_identifier = 'F-2026-009' WHERE global_index = 5");
        AuditReport report = LedgerAudit.audit(connection, SIGNER.publicKey());
        assertThat(report.intact()).isFalse();
        assertThat(report.problems()).anySatisfy(problem -> assertThat(problem)
                .startsWith("tree head of size 26 (made 2026-11-27T03:00:00Z): its signed record map root "));
    }

    private void sign(int size, byte[] mapRoot) throws SQLException {
        SignedTreeHead signed = SIGNER.sign(new TreeHead(size, MerkleTree.rootHash(leaves, size), LATER, mapRoot));
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO tree_head (tree_size, root_hash, timestamp,"
                + " signature, key_id, map_root_hash) VALUES (?, ?, ?, ?, ?, ?)")) {
            statement.setLong(1, size);
            statement.setBytes(2, signed.head().rootHash());
            statement.setObject(3, OffsetDateTime.ofInstant(LATER, ZoneOffset.UTC));
            statement.setBytes(4, signed.signature());
            statement.setString(5, signed.keyId());
            statement.setBytes(6, mapRoot);
            statement.executeUpdate();
        }
    }
}
