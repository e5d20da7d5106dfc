package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.cartledger.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** Without anyone asking, the ledger signs a tree head over what was recorded since the last one. */
class ScheduledTreeHeadTest {

    @Test
    void theLedgerSignsATreeHeadOnItsOwnOnceItHasGrown() throws InterruptedException {
        try (TestDatabase database = TestDatabase.create()) {
            Map<String, Object> settings = new HashMap<>(database.springProperties());
            settings.put("ledger.integrity.publish-interval", "PT1S");
            // the schedule alone, not the signing after writes
            settings.put("ledger.integrity.sign-after-writes", "PT0S");
            try (RunningLedger ledger = RunningLedger.start(settings)) {
                ledger.post("/api/trainees", Requests.enrollFellow("F-SCH-1"));
                ledger.post("/api/trainees/F-SCH-1/skills", Requests.skill("CRS_MANAGEMENT"), "fac-wang", "FACULTY");

                // every event of the ledger: the two entries and the requirement sets recorded at first start
                long events = new EventStoreRows(database).count();
                RunningLedger.Response latest = ledger.get("/api/ledger/tree-heads/latest");
                Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
                while ((latest.status() != 200 || latest.json().get("treeSize").asLong() != events) && Instant.now().isBefore(deadline)) {
                    Thread.sleep(200);
                    latest = ledger.get("/api/ledger/tree-heads/latest");
                }

                assertThat(latest.status()).isEqualTo(200);
                assertThat(latest.json().get("treeSize").asLong()).isEqualTo(events);
            }
        }
    }
}
