package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.cartledger.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The entry index (ledger_entry) is written with each tree leaf, so an inclusion proof by entry id is a
 * lookup; a ledger whose leaves were appended before the index existed gets them indexed at its next start.
 */
class EntryIndexTest {

    private TestDatabase database;

    @BeforeEach
    void createDatabase() {
        database = TestDatabase.create();
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    @Test
    void everyLeafIsIndexedAsItIsAppendedAndALedgerFromBeforeTheIndexIsIndexedAtItsNextStart() throws Exception {
        EventStoreRows store = new EventStoreRows(database);
        String skillEntryId;
        try (RunningLedger ledger = RunningLedger.start(database.springProperties())) {
            assertThat(ledger.post("/api/trainees", Requests.enrollFellow("F-IDX-1")).status()).isEqualTo(201);
            skillEntryId = ledger.post("/api/trainees/F-IDX-1/skills", Requests.skill("CRS_MANAGEMENT"), "fac-wang", "FACULTY")
                    .json().get("entryId").asString();
            ledger.post("/api/trainees/F-IDX-1/attendance", Requests.attendance("ORIENTATION", false), "fac-wang", "FACULTY");
            // the tree's own processor appends the leaves as the events arrive, before anyone asks for a proof
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (store.queryLong("SELECT count(*) FROM ledger_leaf") < store.count() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(store.queryLong("SELECT count(*) FROM ledger_entry")).isEqualTo(store.count())
                    .isEqualTo(store.queryLong("SELECT count(*) FROM ledger_leaf"));
            assertThat(store.queryString("SELECT entry_id FROM ledger_entry WHERE position = "
                    + "(SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = 'F-IDX-1' AND sequence_number = 1)"))
                    .isEqualTo(skillEntryId);
            assertThat(ledger.asAdmin().post("/api/ledger/tree-heads", "").status()).isEqualTo(201);
        }

        // the ledger as it was before migration V5_1: leaves, and no index rows
        store.execute("ALTER TABLE ledger_entry DISABLE TRIGGER USER");
        store.execute("DELETE FROM ledger_entry");
        store.execute("ALTER TABLE ledger_entry ENABLE TRIGGER USER");

        try (RunningLedger restarted = RunningLedger.start(database.springProperties())) {
            assertThat(store.queryLong("SELECT count(*) FROM ledger_entry")).isEqualTo(store.queryLong("SELECT count(*) FROM ledger_leaf"));
            RunningLedger.Response proof = restarted.get("/api/ledger/proofs/inclusion?entryId=" + skillEntryId);
            assertThat(proof.status()).as(proof.toString()).isEqualTo(200);
            assertThat(proof.json().get("position").asLong()).isEqualTo(store.queryLong(
                    "SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = 'F-IDX-1' AND sequence_number = 1"));
        }
    }
}
