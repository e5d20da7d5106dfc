package org.cartledger.launcher;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.cartledger.proof.WriterKey;
import org.cartledger.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Not a test (surefire does not pick it up by name): how long the inclusion proof by entry id takes on
 * a few thousand events, finding the entry by scanning payloads (as before the entry index) and through
 * the index. Run it with -Dtest=EntryLookupBenchmark and read the printout.
 */
class EntryLookupBenchmark {

    private static final int EVENTS = 3000;
    private static final int LOOKUPS = 50;
    private static final String SCAN = "SELECT global_index, payload FROM domain_event_entry WHERE position(? IN payload) > 0 ORDER BY global_index";

    @Test
    void inclusionProofByEntryIdBeforeAndAfterTheIndex() throws Exception {
        try (TestDatabase database = TestDatabase.create();
             RunningLedger ledger = RunningLedger.start(database.springProperties())) {
            EventStoreRows rows = new EventStoreRows(database);
            ledger.post("/api/trainees", Requests.enrollFellow("F-BEN-1"));
            String template = ledger.post("/api/trainees/F-BEN-1/skills", Requests.skill("TUMOR_STAGING"), "fac-wang", "FACULTY")
                    .json().get("entryId").asString();
            // copies of the stored skill event, each with an entry id of its own, appended behind the ledger's write lock
            rows.appendCopiesOf(ledger.bean(WriterKey.class), "F-BEN-1", template, "bench-", EVENTS);
            long start = System.nanoTime();
            ledger.asAdmin().post("/api/ledger/tree-heads", "");
            System.out.printf("appending %d leaves and index rows, and signing (while the read models and the tree's processor"
                    + " meet the new events): %d ms%n", rows.count(), (System.nanoTime() - start) / 1_000_000);
            // measured on a quiet ledger: every processor through the new events first
            long caughtUp = System.nanoTime();
            for (int attempt = 0; ; attempt++) {
                try {
                    ledger.awaitProjections();
                    break;
                } catch (AssertionError stillBehind) {
                    if (attempt == 20) {
                        throw stillBehind;
                    }
                }
            }
            while (rows.queryLong("SELECT count(*) FROM token_entry WHERE processor_name = 'ledger-tree' AND token IS NOT NULL"
                    + " AND convert_from(token, 'UTF8') LIKE '%\"index\":" + rows.count() + "%'") == 0) {
                Thread.sleep(200);
            }
            System.out.printf("processors caught up after another %d ms%n", (System.nanoTime() - caughtUp) / 1_000_000);

            List<String> ids = new ArrayList<>();
            for (int i = 0; i < LOOKUPS; i++) {
                ids.add("bench-%08d".formatted(1 + (long) i * (EVENTS - 1) / (LOOKUPS - 1)));
            }
            long scanNanos = 0;
            try (Connection connection = database.connect(); PreparedStatement scan = connection.prepareStatement(SCAN)) {
                for (String id : ids) {
                    long t = System.nanoTime();
                    scan.setBytes(1, id.getBytes(StandardCharsets.UTF_8));
                    try (ResultSet found = scan.executeQuery()) {
                        while (found.next()) {
                            RunningLedger.JSON.readTree(found.getBytes(2));
                        }
                    }
                    scanNanos += System.nanoTime() - t;
                }
            }
            long indexNanos = 0;
            try (Connection connection = database.connect(); PreparedStatement index = connection.prepareStatement(
                    "SELECT position FROM ledger_entry_index WHERE entry_id = ?")) {
                for (String id : ids) {
                    long t = System.nanoTime();
                    index.setString(1, id);
                    index.executeQuery().close();
                    indexNanos += System.nanoTime() - t;
                }
            }
            long httpNanos = 0;
            for (String id : ids) {
                long t = System.nanoTime();
                int status = ledger.get("/api/ledger/proofs/inclusion?entryId=" + id).status();
                httpNanos += System.nanoTime() - t;
                if (status != 200) {
                    throw new AssertionError(id + " answered " + status);
                }
            }
            System.out.printf("%d events; per lookup of an entry id, mean of %d:%n", rows.count(), LOOKUPS);
            System.out.printf("  before, scanning payloads (position(id IN payload), then JSON): %.2f ms%n", scanNanos / 1e6 / LOOKUPS);
            System.out.printf("  after, ledger_entry_index by primary key:                     %.2f ms%n", indexNanos / 1e6 / LOOKUPS);
            System.out.printf("  after, the whole GET /api/ledger/proofs/inclusion?entryId=:    %.2f ms%n", httpNanos / 1e6 / LOOKUPS);
        }
    }
}
