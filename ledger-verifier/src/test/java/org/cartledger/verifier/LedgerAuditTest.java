package org.cartledger.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.cartledger.proof.Ed25519Keys;
import org.cartledger.proof.Hashes;
import org.cartledger.proof.LedgerEvent;
import org.cartledger.proof.MerkleTree;
import org.cartledger.proof.TreeHeadSigner;
import org.cartledger.proof.WriterKey;
import org.cartledger.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LedgerAuditTest {

    private static final TreeHeadSigner SIGNER = new TreeHeadSigner(Ed25519Keys.generate());
    private static TestDatabase database;

    private Connection connection;
    private List<LedgerEvent> events;

    @BeforeAll
    static void createDatabase() {
        database = TestDatabase.create();
    }

    @AfterAll
    static void dropDatabase() {
        database.close();
    }

    @BeforeEach
    void layOutTheLedger() throws SQLException {
        connection = database.connect();
        events = LedgerFixture.create(connection, SIGNER);
    }

    @AfterEach
    void disconnect() throws SQLException {
        connection.close();
    }

    @Test
    void anIntactLedgerAuditsClean() throws SQLException {
        AuditReport report = audit();
        assertThat(report.problems()).isEmpty();
        assertThat(report.intact()).isTrue();
        assertThat(report.eventsChecked()).isEqualTo(30);
        assertThat(report.treeHeadsChecked()).isEqualTo(3);
        assertThat(report.notes()).containsExactly(
                "note: the newest signed tree head has size 25 and root " + root(25) + ", made 2026-11-27T02:30:00Z",
                "note: position 31 (event evt-31, trainee F-2026-002) is not yet covered by a signed tree head",
                "note: position 32 (event evt-32, trainee F-2026-003) is not yet covered by a signed tree head",
                "note: leaves 25 to 27 (positions 28 to 30) are recorded but not yet covered by a signed tree head;"
                        + " their events were checked against the recorded leaves only",
                "note: writer MACs were not checked (no --writer-key): an event inserted in SQL after the last signed tree "
                        + "head cannot be told from one the ledger wrote; an auditor entrusted with the writer key can check them");
    }

    @Test
    void withTheWriterKeyEveryEventOfTheLedgerVerifies() throws SQLException {
        AuditReport report = LedgerAudit.audit(connection, SIGNER.publicKey(), List.of(), List.of(), LedgerFixture.WRITER);
        assertThat(report.problems()).isEmpty();
        assertThat(report.notes()).contains("note: writer MACs checked with the writer key: 30 events after position 0, all "
                + "written by the ledger; events at or before it were stored before the key existed and carry none");
    }

    @Test
    void withTheWriterKeyAnEventInsertedInSqlIsNamedThoughNoHeadCoversItYet() throws SQLException {
        LedgerFixture.insert(connection, LedgerFixture.event(40, "F-2026-004", 0), null);
        // a MAC copied from another event does not verify: it covers that event's id and fields
        LedgerFixture.insert(connection, LedgerFixture.event(41, "F-2026-004", 1), LedgerFixture.WRITER.macOf(events.get(0)));
        // nor does one made with another key
        LedgerFixture.insert(connection, LedgerFixture.event(42, "F-2026-004", 2),
                new WriterKey(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26,
                        27, 28, 29, 30, 31, 32}, 0).macOf(LedgerFixture.event(42, "F-2026-004", 2)));

        assertThat(audit().intact()).as("without the key the rows look like events waiting for their leaves").isTrue();
        AuditReport report = LedgerAudit.audit(connection, SIGNER.publicKey(), List.of(), List.of(), LedgerFixture.WRITER);

        assertThat(report.intact()).isFalse();
        assertThat(report.problems()).containsExactly(
                "the event at position 40 (event evt-40, record F-2026-004) carries no writer MAC: it was not written by the"
                        + " ledger's writer (inserted or changed in the database)",
                "the event at position 41 (event evt-41, record F-2026-004) carries a writer MAC that the writer key does not"
                        + " verify: it was not written by the ledger's writer (inserted or changed in the database)",
                "the event at position 42 (event evt-42, record F-2026-004) carries a writer MAC that the writer key does not"
                        + " verify: it was not written by the ledger's writer (inserted or changed in the database)");
    }

    @Test
    void eventsStoredBeforeTheWriterKeyExistedNeedNoMac() throws SQLException {
        LedgerFixture.execute(connection, "UPDATE domain_event_entry SET writer_mac = NULL WHERE global_index <= 20");
        WriterKey upgraded = new WriterKey(LedgerFixture.WRITER.key(), 20);

        AuditReport report = LedgerAudit.audit(connection, SIGNER.publicKey(), List.of(), List.of(), upgraded);

        assertThat(report.problems()).isEmpty();
        assertThat(report.notes()).anySatisfy(note -> assertThat(note).startsWith("note: writer MACs checked with the writer key: "
                + "12 events after position 20, all written by the ledger"));
    }

    @Test
    void aChangedPayloadByteIsNamedByPositionEventAndTrainee() throws SQLException {
        LedgerFixture.execute(connection,
                "UPDATE domain_event_entry SET payload = set_byte(payload, 20, get_byte(payload, 20) + 1) WHERE global_index = 7");
        AuditReport report = audit();
        assertThat(report.intact()).isFalse();
        assertThat(report.problems()).containsExactly(
                "leaves and events first part at position 7 (leaf 6): the event was changed; its recorded leaf still"
                        + " reproduces the signed root of size 10",
                "position 7 (event evt-7, trainee F-2026-001): its content differs from what the ledger recorded as leaf 6:"
                        + " the event was changed; its recorded leaf still reproduces the signed root of size 10",
                "the events now in domain_event_entry do not reproduce the signed roots of 3 tree heads, from size 10"
                        + " (made 2026-11-27T02:10:00Z) to size 25: something changed among leaves 0 to 9");
    }

    @Test
    void aChangedTimeStampIsNamed() throws SQLException {
        LedgerFixture.execute(connection,
                "UPDATE domain_event_entry SET time_stamp = '2026-11-21T09:00:00.000Z' WHERE global_index = 16");
        assertThat(audit().problems()).first().isEqualTo("leaves and events first part at position 16 (leaf 13): the event was"
                + " changed; its recorded leaf still reproduces the signed root of size 20");
    }

    @Test
    void aChangedRecorderInTheMetadataIsNamed() throws SQLException {
        LedgerFixture.execute(connection, "UPDATE domain_event_entry SET meta_data = convert_to(replace("
                + "convert_from(meta_data, 'UTF8'), 'staff-', 'staff-9'), 'UTF8') WHERE global_index = 22");
        AuditReport report = audit();
        assertThat(report.problems()).contains("position 22 (event evt-22, trainee F-2026-002): its content differs from what the"
                + " ledger recorded as leaf 19: the event was changed; its recorded leaf still reproduces the signed root of size 20");
        assertThat(report.problems()).last().asString().contains("from size 20").contains("among leaves 10 to 19");
    }

    @Test
    void aDeletedEventIsNamedByItsPositionAndLeaf() throws SQLException {
        LedgerFixture.execute(connection, "DELETE FROM domain_event_entry WHERE global_index = 8");
        AuditReport report = audit();
        assertThat(report.intact()).isFalse();
        assertThat(report.problems()).containsSubsequence(
                "leaves and events first part at position 8 (leaf 7): the event recorded there was deleted",
                "position 8, recorded as leaf 7, is missing");
        assertThat(report.problems()).hasSize(3);
    }

    @Test
    void twoEventsWithSwappedPayloadsAreNamedTogether() throws SQLException {
        LedgerFixture.execute(connection, "UPDATE domain_event_entry d SET payload = o.payload FROM domain_event_entry o"
                + " WHERE (d.global_index, o.global_index) IN ((4, 9), (9, 4))");
        assertThat(audit().problems()).contains("position 4 (event evt-4, trainee F-2026-001) and position 9"
                + " (event evt-9, trainee F-2026-003): their payloads have been swapped");
    }

    @Test
    void twoEventsThatExchangedPositionsAreNamedTogether() throws SQLException {
        LedgerFixture.execute(connection,
                "UPDATE domain_event_entry SET global_index = -1 WHERE global_index = 5",
                "UPDATE domain_event_entry SET global_index = 5 WHERE global_index = 6",
                "UPDATE domain_event_entry SET global_index = 6 WHERE global_index = -1");
        assertThat(audit().problems()).contains("position 5 (event evt-6, trainee F-2026-003) and position 6"
                + " (event evt-5, trainee F-2026-002): they have been swapped: each now stands at the other's position");
    }

    @Test
    void anEventInsertedBetweenRecordedOnesWasNeverRecorded() throws SQLException {
        LedgerFixture.insert(connection, LedgerFixture.event(13, "F-2026-004", 0));
        AuditReport report = audit();
        assertThat(report.intact()).isFalse();
        assertThat(report.problems()).first().isEqualTo(
                "position 13 (event evt-13, trainee F-2026-004) was never recorded in the ledger's tree");
    }

    @Test
    void anEventAppendedAfterTheLastLeafIsOnlyNotedAsNotYetCovered() throws SQLException {
        LedgerFixture.insert(connection, LedgerFixture.event(40, "F-2026-004", 0));
        AuditReport report = audit();
        assertThat(report.intact()).isTrue();
        assertThat(report.notes()).contains(
                "note: position 40 (event evt-40, trainee F-2026-004) is not yet covered by a signed tree head");
    }

    @Test
    void anAlteredEventRecordedAfterTheNewestTreeHeadIsStillNamed() throws SQLException {
        LedgerFixture.execute(connection,
                "UPDATE domain_event_entry SET payload_type = 'org.cartledger.api.activity.Other' WHERE global_index = 29");
        assertThat(audit().problems()).containsExactly(
                "leaves and events first part at position 29 (leaf 26): no signed tree head covers this leaf yet, so the"
                        + " signatures cannot tell which side changed",
                "position 29 (event evt-29, trainee F-2026-003): its content differs from what the ledger recorded as leaf 26:"
                        + " no signed tree head covers this leaf yet, so the signatures cannot tell which side changed");
    }

    @Test
    void anAlteredRecordedLeafIsBlamedOnTheLeafNotOnTheIntactEvent() throws SQLException {
        LedgerFixture.execute(connection,
                "UPDATE ledger_leaf SET leaf_hash = set_byte(leaf_hash, 0, get_byte(leaf_hash, 0) # 1) WHERE leaf_index = 15");
        assertThat(audit().problems()).containsExactly(
                "leaves and events first part at position 18 (leaf 15): the leaf in ledger_leaf was changed; the event still"
                        + " reproduces the signed root of size 20",
                "the recorded leaves (ledger_leaf) do not reproduce the signed roots of 2 tree heads, from size 20"
                        + " (made 2026-11-27T02:20:00Z) to size 25: something changed among leaves 10 to 19",
                "position 18 (event evt-18, trainee F-2026-001): its content differs from what the ledger recorded as leaf 15:"
                        + " the leaf in ledger_leaf was changed; the event still reproduces the signed root of size 20");
    }

    @Test
    void aDeletedLeafIsReported() throws SQLException {
        LedgerFixture.execute(connection, "DELETE FROM ledger_leaf WHERE leaf_index = 3");
        assertThat(audit().problems()).contains("ledger_leaf has no leaf 3 (the next leaf it holds is leaf 4)",
                "the recorded leaves (ledger_leaf) give only 3 leaves, but a tree head of size 25 is signed:"
                        + " leaves 3 to 24 are missing");
    }

    @Test
    void aTreeHeadWithAnAlteredRootOrSizeNoLongerVerifies() throws SQLException {
        LedgerFixture.execute(connection, "UPDATE tree_head SET root_hash = set_byte(root_hash, 3, 0) WHERE tree_size = 20",
                "UPDATE tree_head SET tree_size = 11 WHERE tree_size = 10");
        assertThat(audit().problems()).containsExactly(
                "tree head of size 11 (made 2026-11-27T02:10:00Z): its signature does not verify with the trusted public key",
                "tree head of size 20 (made 2026-11-27T02:20:00Z): its signature does not verify with the trusted public key");
    }

    @Test
    void aLedgerSignedByAnotherKeyIsNotVerified() throws SQLException {
        AuditReport report = LedgerAudit.audit(connection, Ed25519Keys.generate().getPublic());
        assertThat(report.intact()).isFalse();
        assertThat(report.problems()).hasSize(4).last().asString()
                .startsWith("no tree head is signed by the trusted key").endsWith("none of the 30 events can be verified");
    }

    @Test
    void theAuditLeavesTheConnectionAsItFoundIt() throws SQLException {
        audit();
        assertThat(connection.getAutoCommit()).isTrue();
        connection.setAutoCommit(false);
        audit();
        assertThat(connection.getAutoCommit()).isFalse();
        connection.rollback();
        connection.setAutoCommit(true);
    }

    private AuditReport audit() throws SQLException {
        return LedgerAudit.audit(connection, SIGNER.publicKey());
    }

    private String root(int size) {
        return Hashes.hex(MerkleTree.rootHash(
                events.stream().map(LedgerEvent::leafHash).toList(), size));
    }
}
