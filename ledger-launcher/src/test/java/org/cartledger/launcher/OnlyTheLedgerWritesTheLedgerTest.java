package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.cartledger.proof.Ed25519Keys;
import org.cartledger.proof.LedgerEventRows;
import org.cartledger.proof.WriterKey;
import org.cartledger.testing.TestDatabase;
import org.cartledger.verifier.AuditReport;
import org.cartledger.verifier.LedgerAudit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Attack 4 of docs/ledger-proofs.md §10: rows inserted into the event store in SQL, by someone who can write the
 * database but not the key directory. Each event the ledger writes carries its writer's MAC (§2a); the tree gives no
 * leaf to a row without a valid one, stops signing there, and says so; the audit, given the writer key, names it.
 */
class OnlyTheLedgerWritesTheLedgerTest {

    @TempDir
    Path keys;

    @Test
    void eventsTheLedgerWritesCarryAMacThatItsWriterKeyVerifies() throws Exception {
        try (TestDatabase database = TestDatabase.create(); RunningLedger ledger = RunningLedger.startWithKeys(database, keys,
                RunningLedger.SIGNING_ONLY_WHEN_ASKED)) {
            ledger.post("/api/trainees", Requests.enrollFellow("F-MAC-1"));
            ledger.post("/api/trainees/F-MAC-1/skills", Requests.skill("CRS_MANAGEMENT"), "fac-wang", "FACULTY");
            long size = ledger.signTreeHead().get("treeSize").asLong();

            WriterKey key = WriterKey.read(keys.resolve(WriterKey.FILE_NAME));
            assertThat(key.macsRequiredAfter()).as("a new ledger requires a MAC of every event").isZero();
            List<Boolean> verified = macsVerified(database, key);
            assertThat(verified).hasSize((int) size).containsOnly(true);
            assertThat(ledger.asAdmin().get("/actuator/health").json().get("components").get("ledgerTree").get("status").asString())
                    .isEqualTo("UP");
            AuditReport audit = audit(database, ledger, key);
            assertThat(audit.problems()).isEmpty();
        }
    }

    @Test
    void aRowInsertedInSqlWithoutAMacGetsNoLeafAndStopsTheSigningNamingIt() throws Exception {
        try (TestDatabase database = TestDatabase.create(); RunningLedger ledger = RunningLedger.startWithKeys(database, keys,
                RunningLedger.SIGNING_ONLY_WHEN_ASKED)) {
            EventStoreRows rows = new EventStoreRows(database);
            ledger.post("/api/trainees", Requests.enrollFellow("F-MAC-2"));
            String skill = ledger.post("/api/trainees/F-MAC-2/skills", Requests.skill("CRS_MANAGEMENT"), "fac-wang", "FACULTY")
                    .json().get("entryId").asString();
            long signedSize = ledger.signTreeHead().get("treeSize").asLong();
            List<String> securityEvents = new ArrayList<>();

            RunningLedger.Response refused = SecurityEventLog.capture(securityEvents, () -> {
                // a readable copy of the ledger's own entry, with an id of its own, appended as an import would
                rows.insertCopiesBehindTheLedgersBack("F-MAC-2", skill, "forged-", 1);
                ledger.post("/api/trainees/F-MAC-2/skills", Requests.skill("TUMOR_STAGING"), "fac-wang", "FACULTY");
                return ledger.asAdmin().post("/api/ledger/tree-heads", "");
            });
            long forged = rows.queryLong("SELECT global_index FROM domain_event_entry WHERE event_identifier LIKE '%-1'");

            assertRefused(refused, forged);
            assertThat(refused.json().get("detail").asString()).contains("carries no writer MAC");
            assertThat(rows.queryLong("SELECT count(*) FROM ledger_leaf WHERE position >= " + forged))
                    .as("no leaf for it, nor for the ledger's entry after it").isZero();
            assertThat(rows.queryLong("SELECT max(tree_size) FROM tree_head")).as("no head signed over it").isEqualTo(signedSize);
            assertThat(securityEvents).anySatisfy(line -> assertThat(line).contains("ledger-integrity-broken", "EVENT",
                    "position=" + forged, "writer MAC"));
            assertDown(ledger, forged);
            assertRefused(ledger.as("aud-lin", "AUDITOR").get("/api/trainees/F-MAC-2/transcript-bundle"), forged);

            WriterKey key = WriterKey.read(keys.resolve(WriterKey.FILE_NAME));
            AuditReport withoutKey = audit(database, ledger, null);
            assertThat(withoutKey.notes()).anySatisfy(note -> assertThat(note).contains("writer MACs were not checked"));
            AuditReport withKey = audit(database, ledger, key);
            assertThat(withKey.intact()).isFalse();
            assertThat(withKey.problems()).containsExactly("the event at position " + forged + " (event "
                    + rows.queryString("SELECT event_identifier FROM domain_event_entry WHERE global_index = " + forged)
                    + ", record F-MAC-2) carries no writer MAC: it was not written by the ledger's writer (inserted or changed in the database)");
        }
    }

    @Test
    void aMacCopiedFromTheLedgersOwnEventDoesNotVerifyAndAnExactCopyCollides() throws Exception {
        try (TestDatabase database = TestDatabase.create(); RunningLedger ledger = RunningLedger.startWithKeys(database, keys,
                RunningLedger.SIGNING_ONLY_WHEN_ASKED)) {
            EventStoreRows rows = new EventStoreRows(database);
            ledger.post("/api/trainees", Requests.enrollFellow("F-MAC-3"));
            ledger.post("/api/trainees/F-MAC-3/skills", Requests.skill("CRS_MANAGEMENT"), "fac-wang", "FACULTY");
            long signedSize = ledger.signTreeHead().get("treeSize").asLong();
            long original = rows.queryLong("SELECT max(global_index) FROM domain_event_entry");
            String columns = "aggregate_identifier, sequence_number, type, event_identifier, meta_data, payload, payload_revision, "
                    + "payload_type, time_stamp, writer_mac";

            // the very row again, MAC and all: the event id and the record's sequence number are unique
            assertThatThrownBy(() -> rows.execute("INSERT INTO domain_event_entry (" + columns + ") SELECT " + columns
                    + " FROM domain_event_entry WHERE global_index = " + original)).isInstanceOf(SQLException.class);
            // so the copy needs an id and a sequence number of its own, which its MAC does not cover
            rows.execute("INSERT INTO domain_event_entry (" + columns + ") SELECT aggregate_identifier, sequence_number + 1, type, "
                    + "event_identifier || '-copy', meta_data, payload, payload_revision, payload_type, time_stamp, writer_mac "
                    + "FROM domain_event_entry WHERE global_index = " + original);
            long copy = rows.queryLong("SELECT global_index FROM domain_event_entry WHERE event_identifier LIKE '%-copy'");
            String next = ledger.post("/api/trainees/F-MAC-3/skills", Requests.skill("TUMOR_STAGING"), "fac-wang", "FACULTY")
                    .json().get("entryId").asString();

            RunningLedger.Response proof = ledger.get("/api/ledger/proofs/inclusion?entryId=" + next);

            assertRefused(proof, copy);
            assertThat(proof.json().get("detail").asString()).contains("carries a writer MAC that the ledger's writer key does not verify");
            assertRefused(ledger.asAdmin().post("/api/ledger/tree-heads", ""), copy);
            assertThat(rows.queryLong("SELECT max(tree_size) FROM tree_head")).isEqualTo(signedSize);
            assertDown(ledger, copy);
        }
    }

    @Test
    void anUpgradedLedgerWhoseEventsPredateTheWriterKeySignsOn() throws Exception {
        try (TestDatabase database = TestDatabase.create()) {
            EventStoreRows rows = new EventStoreRows(database);
            try (RunningLedger ledger = RunningLedger.startWithKeys(database, keys,
                RunningLedger.SIGNING_ONLY_WHEN_ASKED)) {
                ledger.post("/api/trainees", Requests.enrollFellow("F-MAC-4"));
                ledger.signTreeHead();
                ledger.post("/api/trainees/F-MAC-4/skills", Requests.skill("CRS_MANAGEMENT"), "fac-wang", "FACULTY");
            }
            // as the ledger left them before it had a writer key: no MACs, one event signed, one perhaps not yet leaved
            rows.execute("ALTER TABLE domain_event_entry DISABLE TRIGGER USER");
            rows.execute("UPDATE domain_event_entry SET writer_mac = NULL");
            rows.execute("ALTER TABLE domain_event_entry ENABLE TRIGGER USER");
            Files.delete(keys.resolve(WriterKey.FILE_NAME));
            long newestBefore = rows.queryLong("SELECT max(global_index) FROM domain_event_entry");

            try (RunningLedger ledger = RunningLedger.startWithKeys(database, keys,
                RunningLedger.SIGNING_ONLY_WHEN_ASKED)) {
                ledger.post("/api/trainees/F-MAC-4/skills", Requests.skill("TUMOR_STAGING"), "fac-wang", "FACULTY");

                long size = ledger.signTreeHead().get("treeSize").asLong();

                assertThat(size).isEqualTo(rows.count());
                WriterKey key = WriterKey.read(keys.resolve(WriterKey.FILE_NAME));
                assertThat(key.macsRequiredAfter()).isEqualTo(newestBefore);
                assertThat(rows.queryLong("SELECT count(*) FROM domain_event_entry WHERE writer_mac IS NULL")).isEqualTo(newestBefore);
                assertThat(ledger.asAdmin().get("/actuator/health").json().get("components").get("ledgerTree").get("status")
                        .asString()).isEqualTo("UP");
                assertThat(audit(database, ledger, key).problems()).isEmpty();
            }
        }
    }

    /** Whether each event's stored MAC verifies with the key, in position order. */
    private static List<Boolean> macsVerified(TestDatabase database, WriterKey key) throws SQLException {
        List<Boolean> verified = new ArrayList<>();
        try (Connection connection = database.connect(); PreparedStatement select = connection.prepareStatement("SELECT "
                + LedgerEventRows.COLUMNS + ", writer_mac FROM domain_event_entry ORDER BY global_index");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                verified.add(key.verifies(LedgerEventRows.of(rows), rows.getBytes("writer_mac")));
            }
        }
        return verified;
    }

    private static void assertRefused(RunningLedger.Response answer, long position) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(503);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.json().get("rule").asString()).isEqualTo("ledger-integrity-broken");
        assertThat(answer.json().get("position").asLong()).isEqualTo(position);
        assertThat(answer.json().get("changed").asString()).isEqualTo("event");
    }

    private static void assertDown(RunningLedger ledger, long position) {
        JsonNode tree = ledger.asAdmin().get("/actuator/health").json().get("components").get("ledgerTree");
        assertThat(tree.get("status").asString()).isEqualTo("DOWN");
        assertThat(tree.get("details").get("position").asLong()).isEqualTo(position);
        assertThat(tree.get("details").get("changed").asString()).isEqualTo("event");
        assertThat(tree.get("details").get("error").asString()).contains("position " + position, "writer MAC");
    }

    private static AuditReport audit(TestDatabase database, RunningLedger ledger, WriterKey writerKey) throws Exception {
        PublicKey key = Ed25519Keys.publicKey(Base64.getDecoder().decode(ledger.get("/api/ledger/public-key").json().get("spki").asString()));
        try (Connection connection = database.connect()) {
            return LedgerAudit.audit(connection, key, List.of(), List.of(), writerKey);
        }
    }
}
