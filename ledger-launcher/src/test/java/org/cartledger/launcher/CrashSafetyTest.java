package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.cartledger.api.enrollment.Track;
import org.cartledger.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hard kill under load loses nothing that was acknowledged. Clients record entries on a ledger
 * running in a process of its own; the process is killed with SIGKILL while they do; a new one
 * started on the same database has every acknowledged entry exactly once, a client that got no
 * answer can send its request again with the same Idempotency-Key and gets it recorded exactly once,
 * and the read models catch up to agree with the store.
 */
class CrashSafetyTest {

    private static final List<String> TRAINEES = List.of("F-CRASH-1", "F-CRASH-2", "F-CRASH-3");
    private static final int CLIENTS = 6;
    /** Acknowledged entries after which the process is killed, clients still sending. */
    private static final int KILL_AFTER = 120;

    private TestDatabase database;
    private EventStoreRows store;

    @BeforeEach
    void createDatabase() {
        database = TestDatabase.create();
        store = new EventStoreRows(database);
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    /** One request a client sent, and the entry it was answered with (null when no answer came). */
    private record Sent(String path, String body, String key, String entryId) {
    }

    @Test
    void everyAcknowledgedEntryIsStoredExactlyOnceAfterAKillAndRestart(@TempDir Path keys) throws Exception {
        Collection<Sent> acknowledged = new ConcurrentLinkedQueue<>();
        Collection<Sent> unanswered = new ConcurrentLinkedQueue<>();
        Collection<String> unexpected = new ConcurrentLinkedQueue<>();

        try (LedgerProcess ledger = LedgerProcess.start(database, keys, Map.of())) {
            for (String trainee : TRAINEES) {
                assertThat(ledger.client().post("/api/trainees", Requests.enrollFellow(trainee)).status()).isEqualTo(201);
            }
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> running = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                int c = client;
                running.add(clients.submit(() -> sendUntilTheLedgerIsGone(ledger.client(), c, acknowledged, unanswered, unexpected)));
            }
            Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
            while (acknowledged.size() < KILL_AFTER && Instant.now().isBefore(deadline)) {
                Thread.sleep(10);
            }
            ledger.kill();
            for (Future<?> client : running) {
                client.get(30, TimeUnit.SECONDS);
            }
            clients.shutdown();
        }
        int sent = acknowledged.size() + unanswered.size();
        assertThat(unexpected).as("answers other than 201 or no answer").isEmpty();
        assertThat(acknowledged).as("entries acknowledged before the kill").hasSizeGreaterThanOrEqualTo(KILL_AFTER);
        long storedAtRestart = store.count() - TRAINEES.size();

        try (LedgerProcess restarted = LedgerProcess.start(database, keys, Map.of())) {
            for (Sent entry : acknowledged) {
                assertThat(storedTimes(entry.entryId())).as("times entry %s is stored", entry.entryId()).isEqualTo(1);
            }
            // a client that never got an answer sends the same request again, with the same key
            List<Sent> retried = new ArrayList<>();
            for (Sent request : unanswered) {
                RunningLedger.Response answer = restarted.client().post(request.path(), request.body(), "fac-wang", "FACULTY",
                        Map.of("Idempotency-Key", request.key()));
                assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
                retried.add(new Sent(request.path(), request.body(), request.key(), answer.json().get("entryId").asString()));
            }
            for (Sent entry : retried) {
                assertThat(storedTimes(entry.entryId())).as("times retried entry %s is stored", entry.entryId()).isEqualTo(1);
            }
            // beside the default requirement sets the ledger records at its first start, one for each track
            assertThat(store.count()).as("every request sent is stored once: none lost, none twice")
                    .isEqualTo(Track.values().length + TRAINEES.size() + sent);
            assertThat(store.queryLong("""
                    SELECT count(*) FROM idempotency_key k WHERE NOT EXISTS (SELECT 1 FROM domain_event_entry e
                      WHERE convert_from(e.payload, 'UTF8')::jsonb->>'entryId' = k.entry_id)""")).as("keys without their entry").isZero();
            assertThat(store.queryLong("SELECT count(*) FROM idempotency_key")).as("keys, one per entry recorded with one").isEqualTo(sent);

            restarted.client().awaitProjections();
            for (String trainee : TRAINEES) {
                assertThat(restarted.client().get("/api/trainees/" + trainee + "/transcript").json().get("entries"))
                        .as("transcript of %s against the store", trainee)
                        .hasSize((int) store.queryLong("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = '" + trainee + "'"));
            }
            assertThat(restarted.client().get("/api/cohort").json().get("trainees")).hasSize(TRAINEES.size());
        }
        System.out.printf("Crash test: %d requests sent, %d acknowledged before SIGKILL, %d unanswered (%d of those stored before the kill), "
                        + "all %d found exactly once after the restart%n",
                sent, acknowledged.size(), unanswered.size(), storedAtRestart - acknowledged.size(), sent);
    }

    /** Records entries one after another, each with a key of its own, until the ledger stops answering. */
    private static void sendUntilTheLedgerIsGone(RunningLedger ledger, int client, Collection<Sent> acknowledged,
                                                 Collection<Sent> unanswered, Collection<String> unexpected) {
        String trainee = TRAINEES.get(client % TRAINEES.size());
        for (int i = 0; ; i++) {
            String path = "/api/trainees/" + trainee + (i % 2 == 0 ? "/attendance" : "/procedures");
            String body = i % 2 == 0 ? Requests.attendance("DAILY_CLINICAL_ROUNDS", false)
                    : Requests.procedure("CAR_T_INFUSION_INTRAVENOUS", "DIRECT_SUPERVISION");
            String key = "crash-" + client + "-" + i;
            RunningLedger.Response answer;
            try {
                answer = ledger.post(path, body, "fac-wang", "FACULTY", Map.of("Idempotency-Key", key));
            } catch (IllegalStateException noAnswer) {
                unanswered.add(new Sent(path, body, key, null));
                return;
            }
            if (answer.status() == 201) {
                acknowledged.add(new Sent(path, body, key, answer.json().get("entryId").asString()));
            } else {
                unexpected.add(answer.toString());
                return;
            }
        }
    }

    private long storedTimes(String entryId) {
        return store.queryLong("SELECT count(*) FROM domain_event_entry WHERE convert_from(payload, 'UTF8')::jsonb->>'entryId' = '"
                + entryId + "'");
    }
}
