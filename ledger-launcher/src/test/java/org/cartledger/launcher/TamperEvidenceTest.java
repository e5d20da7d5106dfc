package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cartledger.proof.Ed25519Keys;
import org.cartledger.proof.Hashes;
import org.cartledger.proof.SignedTreeHead;
import org.cartledger.proof.TreeHead;
import org.cartledger.proof.TreeHeadSigner;
import org.cartledger.proof.bundle.BundleTreeHead;
import org.cartledger.testing.TestDatabase;
import org.cartledger.verifier.AuditReport;
import org.cartledger.verifier.LedgerAudit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Edits made behind the ledger's back, directly in SQL by someone who can switch the append-only
 * triggers off, are caught by the audit and the altered entry is named. Each case damages its own
 * copy of one ledger recorded through the HTTP API and sealed by a signed tree head.
 */
class TamperEvidenceTest {

    @TempDir
    static Path keys;
    private static TestDatabase sealed;
    private static PublicKey ledgerKey;
    private static long skillPosition;
    private static long roundsPosition;
    private static String skillEventId;
    /** The newest tree head, as an auditor who fetched it then would have kept it. */
    private static SignedTreeHead keptHead;

    @BeforeAll
    static void recordAndSealALedger() throws Exception {
        sealed = TestDatabase.create();
        Map<String, Object> settings = new HashMap<>(sealed.springProperties());
        settings.put("ledger.integrity.key-directory", keys.toString());
        try (RunningLedger ledger = RunningLedger.start(settings)) {
            ledger.post("/api/trainees", Requests.enrollFellow("F-TMP-1"));
            ledger.post("/api/trainees", Requests.enrollFellow("F-TMP-2"));
            ledger.post("/api/trainees/F-TMP-1/attendance", Requests.attendance("DAILY_CLINICAL_ROUNDS", true), "fac-wang", "FACULTY");
            ledger.post("/api/trainees/F-TMP-1/skills", Requests.skill("CRS_MANAGEMENT"), "fac-wang", "FACULTY");
            ledger.post("/api/trainees/F-TMP-2/skills", Requests.skill("TUMOR_STAGING"), "fac-wang", "FACULTY");
            assertThat(ledger.asAdmin().post("/api/ledger/tree-heads", "").status()).isEqualTo(201);
            ledger.post("/api/trainees/F-TMP-2/attendance", Requests.attendance("JOURNAL_CLUB", false), "fac-wang", "FACULTY");
            RunningLedger.Response newest = ledger.asAdmin().post("/api/ledger/tree-heads", "");
            assertThat(newest.status()).isEqualTo(201);
            keptHead = RunningLedger.JSON.readValue(newest.body(), BundleTreeHead.class).toSignedTreeHead();
            ledgerKey = Ed25519Keys.publicKey(Base64.getDecoder().decode(
                    ledger.get("/api/ledger/public-key").json().get("spki").asString()));
        }
        EventStoreRows rows = new EventStoreRows(sealed);
        skillPosition = rows.queryLong("SELECT global_index FROM domain_event_entry WHERE payload_type LIKE '%SkillSignedOffEvent' "
                + "AND aggregate_identifier = 'F-TMP-1'");
        roundsPosition = rows.queryLong("SELECT global_index FROM domain_event_entry WHERE payload_type LIKE '%AttendanceRecordedEvent' "
                + "AND aggregate_identifier = 'F-TMP-1'");
        skillEventId = rows.queryString("SELECT event_identifier FROM domain_event_entry WHERE global_index = " + skillPosition);
    }

    @AfterAll
    static void dropDatabase() {
        sealed.close();
    }

    @Test
    void anUntouchedLedgerAuditsClean() throws Exception {
        AuditReport report = auditAfter(List.of());
        assertThat(report.intact()).as(String.join("\n", report.findings())).isTrue();
        // the six entries and the requirement sets recorded at first start
        assertThat(report.eventsChecked()).isEqualTo(new EventStoreRows(sealed).count());
        assertThat(report.treeHeadsChecked()).isEqualTo(2);
        assertThat(keptHead.head().hasRecordMap()).as("heads of version 2, so the audit recomputed their record maps").isTrue();
    }

    @Test
    void aHeadSignedOverARecordMapTheEventsDoNotGiveIsNamedByTheAudit() throws Exception {
        // as if the ledger (with its key) had signed a map that hides a record's newest entry
        TreeHead kept = keptHead.head();
        byte[] forgedMap = Hashes.sha256("a record map not derived from the events".getBytes(StandardCharsets.UTF_8));
        SignedTreeHead forged = new TreeHeadSigner(Ed25519Keys.loadOrCreate(keys)).sign(
                new TreeHead(kept.treeSize(), kept.rootHash(), kept.timestamp(), forgedMap));
        AuditReport report = auditAfter(List.of("ALTER TABLE tree_head DISABLE TRIGGER USER",
                "UPDATE tree_head SET map_root_hash = '\\x" + Hashes.hex(forgedMap) + "', signature = '\\x"
                        + Hashes.hex(forged.signature()) + "' WHERE tree_size = " + kept.treeSize()));

        assertThat(report.intact()).isFalse();
        assertThat(report.problems()).singleElement().asString().startsWith("tree head of size " + kept.treeSize() + " (made "
                + kept.timestampText() + "): its signed record map root " + Hashes.hex(forgedMap) + " is not the root ");
    }

    @Test
    void aChangedPayloadByteIsCaughtAndNamed() throws Exception {
        AuditReport report = auditAfter(List.of("UPDATE domain_event_entry SET payload = "
                + "overlay(payload PLACING '\\x20'::bytea FROM 3 FOR 1) WHERE global_index = " + skillPosition));
        assertNamed(report, skillPosition);
    }

    @Test
    void aChangedRecordedTimeIsCaughtAndNamed() throws Exception {
        AuditReport report = auditAfter(List.of("UPDATE domain_event_entry SET time_stamp = '2026-01-01T00:00:00Z' "
                + "WHERE global_index = " + skillPosition));
        assertNamed(report, skillPosition);
    }

    @Test
    void aChangedRecorderIsCaughtAndNamed() throws Exception {
        AuditReport report = auditAfter(List.of("UPDATE domain_event_entry SET meta_data = "
                + "convert_to(replace(convert_from(meta_data, 'UTF8'), 'fac-wang', 'fac-zhou'), 'UTF8') "
                + "WHERE global_index = " + skillPosition));
        assertNamed(report, skillPosition);
    }

    @Test
    void aDeletedEntryIsCaughtAndNamed() throws Exception {
        AuditReport report = auditAfter(List.of("DELETE FROM domain_event_entry WHERE global_index = " + skillPosition));
        assertNamed(report, skillPosition);
    }

    @Test
    void twoEntriesSwappedAreCaughtAndNamed() throws Exception {
        AuditReport report = auditAfter(List.of(
                "UPDATE domain_event_entry SET global_index = -1 WHERE global_index = " + skillPosition,
                "UPDATE domain_event_entry SET global_index = " + skillPosition + " WHERE global_index = " + roundsPosition,
                "UPDATE domain_event_entry SET global_index = " + roundsPosition + " WHERE global_index = -1"));
        assertNamed(report, skillPosition);
        assertNamed(report, roundsPosition);
    }

    @Test
    void anInsertedEntryIsCaughtAndNamed() throws Exception {
        AuditReport report = auditAfter(List.of("INSERT INTO domain_event_entry (global_index, aggregate_identifier, "
                + "sequence_number, type, event_identifier, meta_data, payload, payload_revision, payload_type, time_stamp) "
                + "SELECT 0, aggregate_identifier, 99, type, 'forged-event', meta_data, payload, payload_revision, payload_type, "
                + "time_stamp FROM domain_event_entry WHERE global_index = " + skillPosition));
        assertThat(report.intact()).isFalse();
        assertThat(report.findings()).anySatisfy(finding -> assertThat(finding).contains("forged-event"));
    }

    @Test
    void aTailRolledBackWithItsHeadPassesAnAuditWithoutKeptHeadsButNotOneWithTheHeadKept() throws Exception {
        List<String> rollback = List.of("ALTER TABLE ledger_leaf DISABLE TRIGGER USER", "ALTER TABLE tree_head DISABLE TRIGGER USER",
                "DELETE FROM ledger_leaf WHERE position = (SELECT max(global_index) FROM domain_event_entry)",
                "DELETE FROM domain_event_entry WHERE global_index = (SELECT max(global_index) FROM domain_event_entry)",
                "DELETE FROM tree_head WHERE tree_size = " + keptHead.head().treeSize());
        assertThat(auditAfter(rollback, List.of()).intact()).as("the rest is consistent in itself").isTrue();

        AuditReport withTheKeptHead = auditAfter(rollback, List.of(keptHead));

        assertThat(withTheKeptHead.intact()).isFalse();
        assertThat(withTheKeptHead.problems()).anySatisfy(problem -> assertThat(problem)
                .contains("kept tree head of size " + keptHead.head().treeSize(), "is not in tree_head"))
                .anySatisfy(problem -> assertThat(problem).contains("its tail was rolled back"));
    }

    @Test
    void theAuditorsOwnKeyIsWhatCounts() throws Exception {
        PublicKey otherKey = Ed25519Keys.generate().getPublic();
        try (TestDatabase copy = sealed.copy(); Connection connection = copy.connect()) {
            AuditReport report = LedgerAudit.audit(connection, otherKey);
            assertThat(report.intact()).isFalse();
            assertThat(String.join("\n", report.findings())).containsIgnoringCase("signature");
        }
    }

    private static AuditReport auditAfter(List<String> tampering) throws Exception {
        return auditAfter(tampering, List.of());
    }

    private static AuditReport auditAfter(List<String> tampering, List<SignedTreeHead> kept) throws Exception {
        try (TestDatabase copy = sealed.copy(); Connection connection = copy.connect()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("ALTER TABLE domain_event_entry DISABLE TRIGGER USER");
                for (String sql : tampering) {
                    statement.execute(sql);
                }
                statement.execute("ALTER TABLE domain_event_entry ENABLE TRIGGER USER");
            }
            return LedgerAudit.audit(connection, ledgerKey, kept);
        }
    }

    private static void assertNamed(AuditReport report, long position) {
        assertThat(report.intact()).as("audit of a tampered ledger").isFalse();
        assertThat(report.findings()).as("findings name position " + position)
                .anySatisfy(finding -> assertThat(finding).contains("position " + position));
    }
}
