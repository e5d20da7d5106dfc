package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.cartledger.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Signing a tree head is never a side effect of reading (docs/ledger-proofs.md §4): the ledger signs soon after it grows,
 * on its schedule and when the administrator asks. A reader is served the newest signed head that covers what it asks
 * for, waits a little for one, and is otherwise told when to ask again; asking again and again signs nothing.
 */
class ReadersNeverSignTest {

    @Test
    void withSigningLeftToTheScheduleAReaderIsToldToAskAgainAndMakesTheLedgerSignNothing() {
        try (TestDatabase database = TestDatabase.create()) {
            Map<String, Object> settings = new HashMap<>(database.springProperties());
            settings.put("ledger.integrity.sign-after-writes", "PT0S");
            settings.put("ledger.integrity.publish-interval", "PT1H");
            settings.put("ledger.integrity.reader-wait", "PT1S");
            try (RunningLedger ledger = RunningLedger.start(settings)) {
                assertThat(ledger.post("/api/trainees", Requests.enrollFellow("F-READ-1")).status()).isEqualTo(201);
                long position = new EventStoreRows(database).count();

                for (String export : new String[] {"/transcript-bundle", "/transcript.pdf"}) {
                    RunningLedger.Response pending = ledger.get("/api/trainees/F-READ-1" + export);
                    assertThat(pending.status()).as(pending.toString()).isEqualTo(503);
                    assertThat(pending.contentType()).isEqualTo("application/problem+json");
                    assertThat(pending.json().get("type").asString()).endsWith("tree-head-pending");
                    assertThat(pending.json().get("position").asLong()).isEqualTo(position);
                    assertThat(pending.header("Retry-After")).isEqualTo("3600");
                    assertThat(pending.json().get("detail").asString()).contains("asking does not make it sign");
                }
                assertThat(ledger.get("/api/ledger/tree-heads").json().size()).as("no head was signed for the readers").isZero();

                long signed = ledger.signTreeHead().get("treeSize").asLong();
                assertThat(signed).isEqualTo(position);
                RunningLedger.Response bundle = ledger.get("/api/trainees/F-READ-1/transcript-bundle");
                assertThat(bundle.status()).as(bundle.toString()).isEqualTo(200);
                assertThat(bundle.json().get("treeHead").get("treeSize").asLong()).isEqualTo(signed);

                // the ledger grows; the record asked for is covered by the head there is, which is served as it is
                assertThat(ledger.post("/api/trainees", Requests.enrollFellow("F-READ-2")).status()).isEqualTo(201);
                for (int i = 0; i < 3; i++) {
                    RunningLedger.Response again = ledger.get("/api/trainees/F-READ-1/transcript-bundle");
                    assertThat(again.json().get("treeHead").get("treeSize").asLong()).isEqualTo(signed);
                }
                assertThat(ledger.get("/api/ledger/tree-heads").json().size()).as("still the administrator's head only").isEqualTo(1);
            }
        }
    }

    @Test
    void aHeadIsSignedSoonAfterTheLedgerGrowsSoAReaderRightAfterAnEntryIsServedWithoutSigningOne() {
        try (TestDatabase database = TestDatabase.create();
             RunningLedger ledger = RunningLedger.start(new HashMap<>(database.springProperties()))) {
            assertThat(ledger.post("/api/trainees", Requests.enrollFellow("F-AUTO-1")).status()).isEqualTo(201);
            assertThat(ledger.post("/api/trainees/F-AUTO-1/skills", Requests.skill("CRS_MANAGEMENT"), "fac-wang", "FACULTY")
                    .status()).isEqualTo(201);
            long events = new EventStoreRows(database).count();

            RunningLedger.Response bundle = ledger.get("/api/trainees/F-AUTO-1/transcript-bundle");

            assertThat(bundle.status()).as(bundle.toString()).isEqualTo(200);
            assertThat(bundle.json().get("entries")).hasSize(2);
            assertThat(bundle.json().get("treeHead").get("treeSize").asLong()).isEqualTo(events);
            int heads = ledger.get("/api/ledger/tree-heads").json().size();
            for (int i = 0; i < 3; i++) {
                assertThat(ledger.get("/api/trainees/F-AUTO-1/transcript-bundle").status()).isEqualTo(200);
                assertThat(ledger.get("/api/trainees/F-AUTO-1/transcript.pdf").status()).isEqualTo(200);
            }
            assertThat(ledger.get("/api/ledger/tree-heads").json().size()).as("reading signed nothing").isEqualTo(heads);
        }
    }
}
