package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.PublicKey;
import java.sql.Connection;
import java.time.YearMonth;
import java.util.Base64;
import java.util.List;
import org.cartledger.proof.Ed25519Keys;
import org.cartledger.testing.TestDatabase;
import org.cartledger.verifier.AuditReport;
import org.cartledger.verifier.LedgerAudit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The ledger checks its own store before it signs a tree head: each attack made here in SQL, behind its back, stops
 * the signing with the named problem {@code ledger-integrity-broken}, takes {@code ledgerTree} in the health DOWN
 * naming what changed, and is logged as a security event. Each test alters a ledger of its own.
 */
class CheckBeforeSigningTest {

    @TempDir
    Path keys;

    @Test
    void aLeafHashChangedInTheTableStopsTheSigningAndTheAuditSaysTheLeafChanged() throws Exception {
        try (TestDatabase database = TestDatabase.create(); RunningLedger ledger = RunningLedger.startWithKeys(database, keys,
                RunningLedger.SIGNING_ONLY_WHEN_ASKED)) {
            EventStoreRows rows = new EventStoreRows(database);
            ledger.post("/api/trainees", Requests.enrollFellow("F-CHK-1"));
            ledger.post("/api/trainees/F-CHK-1/skills", Requests.skill("CRS_MANAGEMENT"), "fac-wang", "FACULTY");
            long signedSize = ledger.signTreeHead().get("treeSize").asLong();
            long skill = rows.queryLong("SELECT max(global_index) FROM domain_event_entry");
            long skillLeaf = rows.queryLong("SELECT leaf_index FROM ledger_leaf WHERE position = " + skill);
            rows.execute("ALTER TABLE ledger_leaf DISABLE TRIGGER USER");
            rows.execute("UPDATE ledger_leaf SET leaf_hash = sha256('forged'::bytea) WHERE position = " + skill);
            rows.execute("ALTER TABLE ledger_leaf ENABLE TRIGGER USER");
            ledger.post("/api/trainees/F-CHK-1/skills", Requests.skill("TUMOR_STAGING"), "fac-wang", "FACULTY");

            List<String> securityEvents = new java.util.ArrayList<>();
            RunningLedger.Response refused = SecurityEventLog.capture(securityEvents, () -> ledger.asAdmin().post("/api/ledger/tree-heads", ""));

            assertRefused(refused, skill, "leaf");
            assertThat(refused.json().get("detail").asString()).contains("leaf " + skillLeaf, "ledger_leaf was changed");
            assertThat(rows.queryLong("SELECT max(tree_size) FROM tree_head")).as("no head signed over it").isEqualTo(signedSize);
            assertThat(securityEvents).anySatisfy(line -> assertThat(line).contains("ledger-integrity-broken", "LEAF",
                    "position=" + skill));
            assertDown(ledger, skill, "leaf");
            RunningLedger.Response bundle = ledger.as("aud-lin", "AUDITOR").get("/api/trainees/F-CHK-1/transcript-bundle");
            assertRefused(bundle, skill, "leaf");
            assertThat(ledger.asAdmin().post("/api/ledger/tree-heads", "").status()).as("and it keeps refusing").isEqualTo(503);

            AuditReport audit = audit(database, ledger);
            assertThat(audit.intact()).isFalse();
            assertThat(audit.findings()).anySatisfy(finding -> assertThat(finding)
                    .contains("leaves and events first part at position " + skill, "the leaf in ledger_leaf was changed"));
        }
    }

    @Test
    void anEventChangedAfterItsLeafWasAppendedStopsTheSigningNamingTheEvent() throws Exception {
        try (TestDatabase database = TestDatabase.create(); RunningLedger ledger = RunningLedger.startWithKeys(database, keys,
                RunningLedger.SIGNING_ONLY_WHEN_ASKED)) {
            EventStoreRows rows = new EventStoreRows(database);
            ledger.post("/api/trainees", Requests.enrollFellow("F-CHK-2"));
            long signedSize = ledger.signTreeHead().get("treeSize").asLong();
            String skill = ledger.post("/api/trainees/F-CHK-2/skills", Requests.skill("CRS_MANAGEMENT"), "fac-wang", "FACULTY")
                    .json().get("entryId").asString();
            // asking for its proof appends its leaf; no head covers it yet
            assertThat(ledger.get("/api/ledger/proofs/inclusion?entryId=" + skill).status()).isEqualTo(409);
            long position = rows.queryLong("SELECT position FROM ledger_leaf WHERE leaf_index = " + signedSize);
            rows.execute("ALTER TABLE domain_event_entry DISABLE TRIGGER USER");
            rows.execute("UPDATE domain_event_entry SET payload = convert_to(replace(convert_from(payload, 'UTF8'), "
                    + "'CRS_MANAGEMENT', 'TUMOR_STAGING'), 'UTF8') WHERE global_index = " + position);
            rows.execute("ALTER TABLE domain_event_entry ENABLE TRIGGER USER");

            RunningLedger.Response refused = ledger.asAdmin().post("/api/ledger/tree-heads", "");

            assertRefused(refused, position, "event");
            assertThat(refused.json().get("detail").asString()).contains("the event was changed since the ledger appended its leaf");
            assertThat(rows.queryLong("SELECT max(tree_size) FROM tree_head")).isEqualTo(signedSize);
            assertDown(ledger, position, "event");
        }
    }

    @Test
    void aRolledBackTailIsCaughtByTheHeadTheLedgerKeptThoughItsRowsWereDeleted() throws Exception {
        try (TestDatabase database = TestDatabase.create(); RunningLedger ledger = RunningLedger.startWithKeys(database, keys,
                RunningLedger.SIGNING_ONLY_WHEN_ASKED)) {
            EventStoreRows rows = new EventStoreRows(database);
            ledger.post("/api/trainees", Requests.enrollFellow("F-CHK-3"));
            ledger.signTreeHead();
            ledger.post("/api/trainees/F-CHK-3/skills", Requests.skill("CRS_MANAGEMENT"), "fac-wang", "FACULTY");
            long signedSize = ledger.signTreeHead().get("treeSize").asLong();
            long last = rows.queryLong("SELECT max(global_index) FROM domain_event_entry");
            assertThat(ledger.as("aud-lin", "AUDITOR").get("/api/trainees/F-CHK-3/transcript-bundle").status()).isEqualTo(200);
            // the newest entry deleted, with its leaf and the heads over it: the ledger's tail as if it had never been.
            // (An edited entry would now be refused first, by its writer MAC: OnlyTheLedgerWritesTheLedgerTest.)
            deleteTheTail(rows, last, signedSize);
            // the ledger records on over the cut, and would sign its new entry where the deleted one was
            ledger.post("/api/trainees/F-CHK-3/skills", Requests.skill("TUMOR_STAGING"), "fac-wang", "FACULTY");

            RunningLedger.Response refused = ledger.asAdmin().post("/api/ledger/tree-heads", "");

            assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
            assertThat(refused.json().get("rule").asString()).isEqualTo("ledger-integrity-broken");
            assertThat(refused.json().get("changed").asString()).isEqualTo("tree-heads");
            assertThat(refused.json().get("detail").asString()).contains("tree head of size " + signedSize, "missing from tree_head");
            assertThat(rows.queryLong("SELECT count(*) FROM tree_head WHERE tree_size >= " + signedSize)).as("nothing signed over it")
                    .isZero();
            JsonNode tree = ledger.asAdmin().get("/actuator/health").json().get("components").get("ledgerTree");
            assertThat(tree.get("status").asString()).isEqualTo("DOWN");
            assertThat(tree.get("details").get("lastSignedTreeSize").asLong()).isEqualTo(signedSize);
        }
    }

    @Test
    void aRolledBackTailWithNothingRecordedSinceIsNotServedUnderTheOlderHeadLeftNewest() throws Exception {
        try (TestDatabase database = TestDatabase.create(); RunningLedger ledger = RunningLedger.startWithKeys(database, keys,
                RunningLedger.SIGNING_ONLY_WHEN_ASKED)) {
            EventStoreRows rows = new EventStoreRows(database);
            ledger.post("/api/trainees", Requests.enrollFellow("F-CHK-7"));
            long olderSize = ledger.signTreeHead().get("treeSize").asLong();
            ledger.post("/api/trainees/F-CHK-7/skills", Requests.skill("CRS_MANAGEMENT"), "fac-wang", "FACULTY");
            long signedSize = ledger.signTreeHead().get("treeSize").asLong();
            deleteTheTail(rows, rows.queryLong("SELECT max(global_index) FROM domain_event_entry"), signedSize);

            // the tree is back at the older head's size, so that head would be served as the newest: the kept head says no
            for (RunningLedger.Response answer : List.of(ledger.asAdmin().post("/api/ledger/tree-heads", ""),
                    ledger.as("aud-lin", "AUDITOR").get("/api/trainees/F-CHK-7/transcript-bundle"))) {
                assertThat(answer.status()).as(answer.toString()).isEqualTo(503);
                assertThat(answer.json().get("rule").asString()).isEqualTo("ledger-integrity-broken");
                assertThat(answer.json().get("changed").asString()).isEqualTo("tree-heads");
                assertThat(answer.json().get("detail").asString()).contains("tree head of size " + signedSize,
                        "missing from tree_head (its newest row is of size " + olderSize + ")");
            }
        }
    }

    /** A tail rolled back in SQL: the newest event deleted, with its leaf and the heads over it, as if never recorded. */
    private static void deleteTheTail(EventStoreRows rows, long lastPosition, long signedSize) throws Exception {
        rows.execute("ALTER TABLE domain_event_entry DISABLE TRIGGER USER");
        rows.execute("ALTER TABLE ledger_leaf DISABLE TRIGGER USER");
        rows.execute("ALTER TABLE tree_head DISABLE TRIGGER USER");
        rows.execute("DELETE FROM domain_event_entry WHERE global_index = " + lastPosition);
        rows.execute("DELETE FROM ledger_leaf WHERE position >= " + lastPosition);
        rows.execute("DELETE FROM tree_head WHERE tree_size >= " + signedSize);
        rows.execute("ALTER TABLE domain_event_entry ENABLE TRIGGER USER");
        rows.execute("ALTER TABLE ledger_leaf ENABLE TRIGGER USER");
        rows.execute("ALTER TABLE tree_head ENABLE TRIGGER USER");
    }

    @Test
    void theHeadKeptBesideTheKeyOutlivesARestartAfterTheNewestHeadRowWasDeleted() throws Exception {
        try (TestDatabase database = TestDatabase.create()) {
            EventStoreRows rows = new EventStoreRows(database);
            long newest;
            try (RunningLedger ledger = RunningLedger.startWithKeys(database, keys,
                RunningLedger.SIGNING_ONLY_WHEN_ASKED)) {
                ledger.post("/api/trainees", Requests.enrollFellow("F-CHK-4"));
                ledger.signTreeHead();
                ledger.post("/api/trainees/F-CHK-4/skills", Requests.skill("CRS_MANAGEMENT"), "fac-wang", "FACULTY");
                newest = ledger.signTreeHead().get("treeSize").asLong();
            }
            rows.execute("ALTER TABLE tree_head DISABLE TRIGGER USER");
            rows.execute("DELETE FROM tree_head WHERE tree_size = " + newest);
            rows.execute("ALTER TABLE tree_head ENABLE TRIGGER USER");
            try (RunningLedger ledger = RunningLedger.startWithKeys(database, keys,
                RunningLedger.SIGNING_ONLY_WHEN_ASKED)) {
                ledger.post("/api/trainees/F-CHK-4/skills", Requests.skill("TUMOR_STAGING"), "fac-wang", "FACULTY");

                RunningLedger.Response refused = ledger.asAdmin().post("/api/ledger/tree-heads", "");

                assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
                assertThat(refused.json().get("changed").asString()).isEqualTo("tree-heads");
                assertThat(rows.queryLong("SELECT max(tree_size) FROM tree_head")).isLessThan(newest);
            }
        }
    }

    @Test
    void anEventDeletedUnderASignedLeafLeavesTooFewEventsForTheRecordMapAndNothingIsSigned() throws Exception {
        try (TestDatabase database = TestDatabase.create()) {
            EventStoreRows rows = new EventStoreRows(database);
            long signedSize;
            try (RunningLedger ledger = RunningLedger.startWithKeys(database, keys,
                RunningLedger.SIGNING_ONLY_WHEN_ASKED)) {
                ledger.post("/api/trainees", Requests.enrollFellow("F-CHK-6"));
                ledger.post("/api/trainees/F-CHK-6/skills", Requests.skill("CRS_MANAGEMENT"), "fac-wang", "FACULTY");
                signedSize = ledger.signTreeHead().get("treeSize").asLong();
            }
            // the leaves still reproduce the signed root; only the record map, tallied afresh after a restart, runs short
            rows.execute("ALTER TABLE domain_event_entry DISABLE TRIGGER USER");
            rows.execute("DELETE FROM domain_event_entry WHERE global_index = (SELECT max(global_index) FROM domain_event_entry"
                    + " WHERE aggregate_identifier = 'F-CHK-6')");
            rows.execute("ALTER TABLE domain_event_entry ENABLE TRIGGER USER");
            try (RunningLedger ledger = RunningLedger.startWithKeys(database, keys,
                RunningLedger.SIGNING_ONLY_WHEN_ASKED)) {
                ledger.post("/api/trainees", Requests.enrollFellow("F-CHK-7"));

                RunningLedger.Response refused = ledger.asAdmin().post("/api/ledger/tree-heads", "");

                assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
                assertThat(refused.json().get("rule").asString()).isEqualTo("ledger-integrity-broken");
                assertThat(refused.json().get("changed").asString()).isEqualTo("event");
                assertThat(refused.json().get("detail").asString()).contains("events the tree has leaves for were deleted");
                assertThat(rows.queryLong("SELECT max(tree_size) FROM tree_head")).isEqualTo(signedSize);
            }
        }
    }

    @Test
    void anUntouchedLedgerSignsAfterARestartAndStaysUp() throws Exception {
        try (TestDatabase database = TestDatabase.create()) {
            try (RunningLedger ledger = RunningLedger.startWithKeys(database, keys,
                RunningLedger.SIGNING_ONLY_WHEN_ASKED)) {
                ledger.post("/api/trainees", Requests.enrollFellow("F-CHK-5"));
                ledger.signTreeHead();
            }
            try (RunningLedger ledger = RunningLedger.startWithKeys(database, keys,
                RunningLedger.SIGNING_ONLY_WHEN_ASKED)) {
                ledger.post("/api/trainees/F-CHK-5/skills", Requests.skill("CRS_MANAGEMENT"), "fac-wang", "FACULTY");
                long size = ledger.signTreeHead().get("treeSize").asLong();

                JsonNode tree = ledger.asAdmin().get("/actuator/health").json().get("components").get("ledgerTree");
                assertThat(tree.get("status").asString()).isEqualTo("UP");
                assertThat(tree.get("details").get("lastSignedTreeSize").asLong()).isEqualTo(size);
            }
        }
    }

    @Test
    void aTreeHeadRowInTheLedgersNameThatItsKeyDidNotSignStopsTheSigning() throws Exception {
        try (TestDatabase database = TestDatabase.create(); RunningLedger ledger = RunningLedger.startWithKeys(database, keys,
                RunningLedger.SIGNING_ONLY_WHEN_ASKED)) {
            EventStoreRows rows = new EventStoreRows(database);
            ledger.post("/api/trainees", Requests.enrollFellow("F-CHK-7"));
            long signed = ledger.signTreeHead().get("treeSize").asLong();
            ledger.post("/api/trainees/F-CHK-7/skills", Requests.skill("CRS_MANAGEMENT"), "fac-wang", "FACULTY");
            rows.execute("INSERT INTO tree_head (tree_size, root_hash, timestamp, signature, key_id) SELECT tree_size + 1, "
                    + "root_hash, timestamp, signature, key_id FROM tree_head WHERE tree_size = " + signed);

            RunningLedger.Response refused = ledger.asAdmin().post("/api/ledger/tree-heads", "");

            assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
            assertThat(refused.json().get("changed").asString()).isEqualTo("tree-heads");
            assertThat(refused.json().get("detail").asString()).contains("is not signed by the ledger's key");
        }
    }

    @Test
    void aLedgerGivenANewKeySignsAfterHeadsOfItsOldKeyAsBefore() throws Exception {
        try (TestDatabase database = TestDatabase.create()) {
            try (RunningLedger ledger = RunningLedger.startWithKeys(database, keys.resolve("old"))) {
                ledger.post("/api/trainees", Requests.enrollFellow("F-CHK-8"));
                ledger.signTreeHead();
            }
            try (RunningLedger ledger = RunningLedger.startWithKeys(database, keys.resolve("new"))) {
                ledger.post("/api/trainees/F-CHK-8/skills", Requests.skill("CRS_MANAGEMENT"), "fac-wang", "FACULTY");
                ledger.signTreeHead();
                assertThat(ledger.asAdmin().get("/actuator/health").json().get("components").get("ledgerTree").get("status")
                        .asString()).isEqualTo("UP");
            }
        }
    }

    @Test
    void aRowTheLedgerCannotReadIsANamedProblemNotAFault() throws Exception {
        try (TestDatabase database = TestDatabase.create(); RunningLedger ledger = RunningLedger.startWithKeys(database, keys,
                RunningLedger.SIGNING_ONLY_WHEN_ASKED)) {
            EventStoreRows rows = new EventStoreRows(database);
            String month = YearMonth.from(Requests.START.plusMonths(1)).toString();
            ledger.post("/api/trainees", Requests.enrollFellow("F-CHK-6"));
            assertThat(ledger.post("/api/trainees/F-CHK-6/committee-reviews", Requests.committeeReview(month), "crp-chair", "COMMITTEE")
                    .status()).isEqualTo(201);
            ledger.signTreeHead();
            // appended as the ledger appends (the append-only trigger lets an INSERT through), but no entry of the ledger's
            rows.execute("INSERT INTO domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier, meta_data, "
                    + "payload, payload_revision, payload_type, time_stamp) SELECT aggregate_identifier, 9, type, 'unreadable-event', "
                    + "meta_data, convert_to('not an entry', 'UTF8'), payload_revision, payload_type, time_stamp "
                    + "FROM domain_event_entry WHERE aggregate_identifier = 'F-CHK-6' AND sequence_number = 1");
            long forged = rows.queryLong("SELECT global_index FROM domain_event_entry WHERE event_identifier = 'unreadable-event'");
            RunningLedger.Caller auditor = ledger.as("aud-lin", "AUDITOR");

            for (String path : List.of("/api/trainees/F-CHK-6/transcript-bundle", "/api/trainees/F-CHK-6/committee-reports/" + month,
                    "/api/trainees/F-CHK-6/transcript.pdf")) {
                assertRefused(auditor.get(path), forged, "event");
            }
            assertRefused(ledger.asAdmin().post("/api/ledger/tree-heads", ""), forged, "event");
            assertDown(ledger, forged, "event");
        }
    }

    private static void assertRefused(RunningLedger.Response answer, long position, String changed) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(503);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.json().get("rule").asString()).isEqualTo("ledger-integrity-broken");
        assertThat(answer.json().get("position").asLong()).isEqualTo(position);
        assertThat(answer.json().get("changed").asString()).isEqualTo(changed);
        assertThat(answer.json().get("detail").asString()).contains("ledger-verifier audit");
    }

    private static void assertDown(RunningLedger ledger, long position, String changed) {
        RunningLedger.Response health = ledger.asAdmin().get("/actuator/health");
        assertThat(health.status()).as(health.toString()).isEqualTo(503);
        JsonNode tree = health.json().get("components").get("ledgerTree");
        assertThat(tree.get("status").asString()).isEqualTo("DOWN");
        assertThat(tree.get("details").get("position").asLong()).isEqualTo(position);
        assertThat(tree.get("details").get("changed").asString()).isEqualTo(changed);
        assertThat(tree.get("details").get("error").asString()).contains("position " + position);
        assertThat(ledger.anonymous().get("/actuator/health").json().has("components")).as("the details are the admin's").isFalse();
    }

    private static AuditReport audit(TestDatabase database, RunningLedger ledger) throws Exception {
        PublicKey key = Ed25519Keys.publicKey(Base64.getDecoder().decode(ledger.get("/api/ledger/public-key").json().get("spki").asString()));
        try (Connection connection = database.connect()) {
            return LedgerAudit.audit(connection, key);
        }
    }
}
