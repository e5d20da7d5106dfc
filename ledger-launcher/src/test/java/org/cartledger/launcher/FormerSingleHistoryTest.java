package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.cartledger.audit.AuditConfiguration;
import org.cartledger.command.idempotency.IdempotencyKeysSchemaConfiguration;
import org.cartledger.query.processing.ReadModelsSchemaConfiguration;
import org.cartledger.schema.ModuleSchema;
import org.cartledger.schema.ModuleSchema.FormerMigration;
import org.cartledger.store.EventStoreSchemaConfiguration;
import org.cartledger.store.TokenStoreSchemaConfiguration;
import org.cartledger.testing.TestDatabase;
import org.cartledger.users.UsersConfiguration;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * A database made while every module's migrations shared one Flyway history ({@code flyway_schema_history},
 * versions 1.0 to 5.1; the scripts as they were are kept in {@code db/former}) is taken over by the
 * modules' own histories when the ledger starts on it: nothing is applied twice, the single history is
 * left as it was, what it lacks is applied, and the ledger records and serves as before.
 */
class FormerSingleHistoryTest {

    private static final List<ModuleSchema> MODULES = List.of(new EventStoreSchemaConfiguration().eventStoreTables(),
            new TokenStoreSchemaConfiguration().tokenStoreTable(), new UsersConfiguration().usersTables(),
            new IdempotencyKeysSchemaConfiguration().idempotencyKeysTable(), new ReadModelsSchemaConfiguration().readModelTables(),
            new AuditConfiguration().auditTables());

    @Test
    void theModulesDeclareTheChecksumsTheFormerScriptsWereAppliedWith() {
        try (TestDatabase database = TestDatabase.create()) {
            EventStoreRows rows = formerHistory(database, null);
            List<String> declared = new ArrayList<>();
            for (ModuleSchema module : MODULES) {
                for (FormerMigration former : module.formerMigrations()) {
                    declared.add(former.formerVersion() + " " + former.formerChecksum());
                }
            }
            List<String> applied = rows.queryStrings("SELECT version || ' ' || checksum FROM flyway_schema_history");
            assertThat(declared).containsExactlyInAnyOrderElementsOf(withTheSharedOneTwice(applied));
        }
    }

    @Test
    void aLedgerMadeWithTheWholeSingleHistoryIsTakenOverWithNothingAppliedAndRecordsAsBefore() {
        try (TestDatabase database = TestDatabase.create()) {
            EventStoreRows rows = formerHistory(database, null);
            List<String> before = singleHistory(rows);

            try (RunningLedger ledger = RunningLedger.start(database.springProperties())) {
                recordsAndServes(ledger, "F-FORMER-1");
            }

            assertThat(singleHistory(rows)).isEqualTo(before);
            assertThat(history(rows, "events")).containsExactly("2 BASELINE", "3 SQL");
            assertThat(history(rows, "tokens")).containsExactly("1 BASELINE");
            assertThat(history(rows, "users")).containsExactly("3 BASELINE");
            assertThat(history(rows, "command")).containsExactly("1 BASELINE");
            assertThat(history(rows, "query")).containsExactly("2 BASELINE", "3 SQL", "4 SQL", "5 SQL", "6 SQL");
            assertThat(history(rows, "audit")).containsExactly("2 BASELINE", "3 SQL", "4 SQL");
        }
    }

    @Test
    void aLedgerMadeWithPartOfTheSingleHistoryGetsTheRestFromTheModulesOwnMigrations() {
        try (TestDatabase database = TestDatabase.create()) {
            // as a ledger made before idempotency keys, the later user tables, dead letters and the entry index
            EventStoreRows rows = formerHistory(database, "3.1");
            List<String> before = singleHistory(rows);

            try (RunningLedger ledger = RunningLedger.start(database.springProperties())) {
                recordsAndServes(ledger, "F-FORMER-2");
            }

            assertThat(singleHistory(rows)).isEqualTo(before);
            assertThat(history(rows, "events")).containsExactly("2 BASELINE", "3 SQL");
            assertThat(history(rows, "users")).containsExactly("1 BASELINE", "2 SQL", "3 SQL");
            assertThat(history(rows, "command")).containsExactly("0 BASELINE", "1 SQL");
            assertThat(history(rows, "query")).containsExactly("1 BASELINE", "2 SQL", "3 SQL", "4 SQL", "5 SQL", "6 SQL");
            assertThat(history(rows, "audit")).containsExactly("1 BASELINE", "2 SQL", "3 SQL", "4 SQL");
        }
    }

    private static void recordsAndServes(RunningLedger ledger, String trainee) {
        assertThat(ledger.post("/api/trainees", Requests.enrollFellow(trainee)).status()).isEqualTo(201);
        RunningLedger.Response signedOff = ledger.post("/api/trainees/" + trainee + "/skills", Requests.skill("TUMOR_STAGING"),
                "fac-wang", "FACULTY");
        assertThat(signedOff.status()).as(signedOff.toString()).isEqualTo(201);
        assertThat(ledger.asAdmin().post("/api/ledger/tree-heads", "").status()).isBetween(200, 201);
        ledger.awaitProjections();
        assertThat(ledger.get("/api/trainees/" + trainee + "/dashboard").status()).isEqualTo(200);
        String entryId = signedOff.json().get("entryId").asString();
        assertThat(ledger.get("/api/ledger/proofs/inclusion?entryId=" + entryId).status()).isEqualTo(200);
    }

    /** The database as the single history left it, up to a version (all of it when null). */
    private static EventStoreRows formerHistory(TestDatabase database, String target) {
        var flyway = Flyway.configure().dataSource(database.url(), database.user(), "").locations("classpath:db/former");
        if (target != null) {
            flyway.target(target);
        }
        flyway.load().migrate();
        return new EventStoreRows(database);
    }

    private static List<String> singleHistory(EventStoreRows rows) {
        return rows.queryStrings("SELECT installed_rank || ' ' || version || ' ' || checksum || ' ' || success"
                + " FROM flyway_schema_history ORDER BY installed_rank");
    }

    private static List<String> history(EventStoreRows rows, String module) {
        return rows.queryStrings("SELECT version || ' ' || type FROM flyway_history_" + module + " ORDER BY installed_rank");
    }

    /** 1.2 held the event store's position trigger and the Merkle tree: two modules name it. */
    private static List<String> withTheSharedOneTwice(List<String> applied) {
        List<String> expected = new ArrayList<>(applied);
        applied.stream().filter(row -> row.startsWith("1.2 ")).forEach(expected::add);
        return expected;
    }
}
