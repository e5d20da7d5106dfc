package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.cartledger.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The read models are woken by the commit of an entry, not by a poll: with the heartbeat (the poll kept
 * for events another process appends) set to an hour, each entry still reaches the transcript and the
 * dashboard, one after another. Were the wake-up lost, the entry would wait for a heartbeat that never comes.
 */
class ReadModelsFollowOnCommitTest {

    /** Far more than a woken read model takes, far less than the heartbeat: not a measurement of speed. */
    private static final Duration WOKEN_WITHIN = Duration.ofSeconds(4);

    private static TestDatabase database;
    private static RunningLedger ledger;

    @BeforeAll
    static void startWithoutAHeartbeat() {
        database = TestDatabase.create();
        Map<String, Object> properties = new HashMap<>(database.springProperties());
        properties.put("ledger.processing.heartbeat", "PT1H");
        ledger = RunningLedger.start(properties);
    }

    @AfterAll
    static void stop() {
        ledger.close();
        database.close();
    }

    @Test
    void eachEntryReachesTheReadModelsWithoutWaitingForAPoll() {
        assertThat(ledger.post("/api/trainees", Requests.enrollFellow("F-WAKE-1")).status()).isEqualTo(201);
        for (int i = 1; i <= 5; i++) {
            String entryId = ledger.post("/api/trainees/F-WAKE-1/attendance", Requests.attendance("DAILY_CLINICAL_ROUNDS", false),
                    "fac-wang", "FACULTY").json().get("entryId").asString();
            int attended = i;
            awaitWithin(() -> ledger.get("/api/trainees/F-WAKE-1/transcript").body().contains(entryId)
                    && roundsAttended() == attended);
        }
    }

    private static int roundsAttended() {
        for (var tally : ledger.get("/api/trainees/F-WAKE-1/dashboard").json().get("attendance")) {
            if (tally.get("activityType").asString().equals("DAILY_CLINICAL_ROUNDS")) {
                return tally.get("attended").asInt();
            }
        }
        throw new AssertionError("no daily rounds on the dashboard");
    }

    private static void awaitWithin(java.util.function.BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(WOKEN_WITHIN);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("the read models did not follow the entry: a lost wake-up").isBefore(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
