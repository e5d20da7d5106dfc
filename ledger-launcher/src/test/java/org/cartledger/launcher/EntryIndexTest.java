package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cartledger.proof.WriterKey;
import org.cartledger.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The inclusion proof by entry id finds the entry through the ledger's entry index
 * ({@code ledger_entry_index}), never by scanning payloads; and a ledger that has leaves but no index
 * yet (one stored before the index existed) gets every entry indexed when it starts.
 */
class EntryIndexTest {

    @Test
    void anEntryIsFoundByItsOwnIdAmongManyAndNotInAPayloadThatQuotesIt() {
        try (TestDatabase database = TestDatabase.create();
             RunningLedger ledger = RunningLedger.start(database.springProperties())) {
            EventStoreRows rows = new EventStoreRows(database);
            ledger.post("/api/trainees", Requests.enrollFellow("F-IDX-1"));
            List<String> entryIds = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                entryIds.add(ledger.post("/api/trainees/F-IDX-1/skills", Requests.skill("TUMOR_STAGING"), "fac-wang", "FACULTY")
                        .json().get("entryId").asString());
            }
            String quoted = entryIds.get(5);
            String correction = ledger.post("/api/trainees/F-IDX-1/corrections",
                    Requests.correction(quoted, "entry " + quoted + " was logged twice"), "fac-wang", "FACULTY")
                    .json().get("entryId").asString();
            ledger.asAdmin().post("/api/ledger/tree-heads", "");

            assertThat(rows.queryLong("SELECT count(*) FROM ledger_entry_index")).isEqualTo(rows.count());
            for (String entryId : List.of(entryIds.get(0), quoted, entryIds.get(59), correction)) {
                JsonNode proof = ledger.get("/api/ledger/proofs/inclusion?entryId=" + entryId).json();
                assertThat(proof.get("position").asLong()).as(entryId).isEqualTo(positionInTheStore(rows, entryId));
            }
            assertThat(positionInTheStore(rows, correction)).isGreaterThan(positionInTheStore(rows, quoted));
        }
    }

    /**
     * Thousands of events the tree has not met yet (an import, a store loaded with the ledger stopped) are
     * appended in batches, each its own transaction: the leaves still follow on from each other without a
     * gap, in ledger order, every entry is indexed once, and the head signed over them is consistent with
     * the one before.
     */
    @Test
    void manyEventsTheTreeHasNotMetAreAppendedInBatchesWithoutAGap() throws Exception {
        try (TestDatabase database = TestDatabase.create();
             RunningLedger ledger = RunningLedger.start(database.springProperties())) {
            EventStoreRows rows = new EventStoreRows(database);
            ledger.post("/api/trainees", Requests.enrollFellow("F-IDX-4"));
            String template = ledger.post("/api/trainees/F-IDX-4/skills", Requests.skill("TUMOR_STAGING"), "fac-wang", "FACULTY")
                    .json().get("entryId").asString();
            JsonNode before = ledger.asAdmin().post("/api/ledger/tree-heads", "").json();
            rows.appendCopiesOf(ledger.bean(WriterKey.class), "F-IDX-4", template, "imported-", 2500);
            assertThat(rows.count()).as("the imported events").isGreaterThan(2500);

            JsonNode after = ledger.asAdmin().post("/api/ledger/tree-heads", "").json();

            long events = rows.count();
            assertThat(after.get("treeSize").asLong()).isEqualTo(events);
            assertThat(rows.queryLong("SELECT count(*) FROM ledger_leaf")).isEqualTo(events);
            assertThat(rows.queryLong("SELECT max(leaf_index) + 1 FROM ledger_leaf")).isEqualTo(events);
            assertThat(rows.queryLong("SELECT count(*) FROM ledger_leaf l JOIN domain_event_entry e ON e.global_index = l.position"
                    + " WHERE l.leaf_index <> (SELECT count(*) FROM domain_event_entry f WHERE f.global_index < e.global_index)"))
                    .as("leaves out of ledger order").isZero();
            assertThat(rows.queryLong("SELECT count(*) FROM ledger_entry_index")).isEqualTo(events);
            assertThat(ledger.get("/api/ledger/proofs/inclusion?entryId=imported-00002500").json().get("position").asLong())
                    .isEqualTo(positionInTheStore(rows, "imported-00002500"));
            RunningLedger.Response consistency = ledger.get("/api/ledger/proofs/consistency?from="
                    + before.get("treeSize").asLong() + "&to=" + events);
            assertThat(consistency.status()).as(consistency.toString()).isEqualTo(200);
        }
    }

    @Test
    void anEntryTheIndexDoesNotHoldIsNotFoundByScanningPayloads() throws Exception {
        try (TestDatabase database = TestDatabase.create();
             RunningLedger ledger = RunningLedger.start(database.springProperties())) {
            EventStoreRows rows = new EventStoreRows(database);
            ledger.post("/api/trainees", Requests.enrollFellow("F-IDX-2"));
            String entryId = ledger.post("/api/trainees/F-IDX-2/skills", Requests.skill("TUMOR_STAGING"), "fac-wang", "FACULTY")
                    .json().get("entryId").asString();
            ledger.asAdmin().post("/api/ledger/tree-heads", "");
            assertThat(ledger.get("/api/ledger/proofs/inclusion?entryId=" + entryId).status()).isEqualTo(200);

            rows.execute("DELETE FROM ledger_entry_index WHERE entry_id = '" + entryId + "'");

            RunningLedger.Response refused = ledger.get("/api/ledger/proofs/inclusion?entryId=" + entryId);
            assertThat(refused.status()).isEqualTo(404);
            assertThat(refused.json().get("rule").asString()).isEqualTo("entry-not-found");
        }
    }

    @Test
    void aLedgerWithLeavesButNoIndexGetsEveryEntryIndexedWhenItStarts() throws Exception {
        try (TestDatabase database = TestDatabase.create()) {
            EventStoreRows rows = new EventStoreRows(database);
            String first;
            try (RunningLedger ledger = RunningLedger.start(database.springProperties())) {
                first = ledger.post("/api/trainees", Requests.enrollFellow("F-IDX-3")).json().get("entryId").asString();
                for (int i = 0; i < 10; i++) {
                    ledger.post("/api/trainees/F-IDX-3/skills", Requests.skill("TUMOR_STAGING"), "fac-wang", "FACULTY");
                }
                ledger.asAdmin().post("/api/ledger/tree-heads", "");
            }
            long events = rows.count();
            assertThat(rows.queryLong("SELECT count(*) FROM ledger_leaf")).isEqualTo(events);
            // as the ledger stood before migration db/audit/V2: leaves, no index, and no position for the tree's processor
            rows.execute("DELETE FROM ledger_entry_index");
            rows.execute("DELETE FROM token_entry WHERE processor_name = 'ledger-tree'");

            try (RunningLedger upgraded = RunningLedger.start(database.springProperties())) {
                Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
                while (rows.queryLong("SELECT count(*) FROM ledger_entry_index") < events && Instant.now().isBefore(deadline)) {
                    Thread.sleep(100);
                }
                assertThat(rows.queryLong("SELECT count(*) FROM ledger_entry_index")).isEqualTo(events);
                assertThat(rows.queryLong("SELECT count(*) FROM ledger_leaf")).as("no leaf appended twice").isEqualTo(events);
                JsonNode proof = upgraded.get("/api/ledger/proofs/inclusion?entryId=" + first).json();
                assertThat(proof.get("position").asLong()).isEqualTo(positionInTheStore(rows, first));
                // the first entry's leaf comes after those of the requirement sets recorded at first start
                assertThat(proof.get("leafIndex").asLong()).isEqualTo(rows.queryLong(
                        "SELECT count(*) FROM domain_event_entry WHERE global_index < " + positionInTheStore(rows, first)));
            }
        }
    }

    /** Where the store holds the entry, found the slow way an auditor with psql would. */
    private static long positionInTheStore(EventStoreRows rows, String entryId) {
        return rows.queryLong("SELECT global_index FROM domain_event_entry WHERE convert_from(payload, 'UTF8')::jsonb->>'entryId' = '"
                + entryId + "'");
    }
}
