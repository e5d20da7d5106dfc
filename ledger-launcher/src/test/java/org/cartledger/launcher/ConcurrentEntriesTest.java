package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.cartledger.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entries on one trainee sent at the same moment are all recorded, none lost and none twice: within
 * one ledger, and with two ledgers on one database, where the commands race on the trainee's
 * sequence numbers and each one that loses is sent again (the conflict counter of the dispatcher is
 * checked in EntryDispatcherTest; here the positions lost races leave unused are counted).
 */
class ConcurrentEntriesTest {

    private static final int CLIENTS = 6;
    private static final int ENTRIES_PER_CLIENT = 10;

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

    @Test
    void clientsRecordingOnOneTraineeAtOnceLoseNoEntry() throws Exception {
        try (RunningLedger ledger = RunningLedger.start(database.springProperties())) {
            assertThat(ledger.post("/api/trainees", Requests.enrollFellow("F-CON-1")).status()).isEqualTo(201);

            Collection<RunningLedger.Response> answers = recordAtOnce("F-CON-1", List.of(ledger));

            assertEveryEntryRecordedOnce("F-CON-1", answers, 0);
            ledger.awaitProjections();
            assertThat(ledger.get("/api/trainees/F-CON-1/transcript").json().get("entries"))
                    .hasSize(1 + CLIENTS * ENTRIES_PER_CLIENT);
        }
    }

    /**
     * The second ledger is a process of its own, as it would be in production (so Axon's lock on a
     * record inside one process does not keep their commands apart, and its read models are its own).
     */
    @Test
    void twoLedgersOnOneDatabaseRecordEveryEntryWhenTheirCommandsMeet(@TempDir Path keys) throws Exception {
        try (RunningLedger first = RunningLedger.start(database.springProperties());
             LedgerProcess second = LedgerProcess.start(database, keys, Map.of())) {
            assertThat(first.post("/api/trainees", Requests.enrollFellow("F-CON-2")).status()).isEqualTo(201);

            // one command from each ledger, both held at the ledger's write lock with the record as it was,
            // then let go: the second to write loses the race on the sequence number and is sent again
            List<RunningLedger.Response> met = meetAtTheWriteLock(
                    () -> first.post("/api/trainees/F-CON-2/skills", Requests.skill("CRS_MANAGEMENT"), "fac-wang", "FACULTY"),
                    () -> second.client().post("/api/trainees/F-CON-2/skills", Requests.skill("TUMOR_STAGING"), "fac-zhao", "FACULTY"));
            assertThat(met).allSatisfy(answer -> assertThat(answer.status()).as(answer.toString()).isEqualTo(201));
            assertThat(lostRaces()).as("attempts that lost the race").isEqualTo(1);

            Collection<RunningLedger.Response> answers = recordAtOnce("F-CON-2", List.of(first, second.client()));

            assertEveryEntryRecordedOnce("F-CON-2", answers, 2);
            System.out.printf("Two ledgers, %d entries on one trainee at once: %d attempts lost a race and were sent again%n",
                    CLIENTS * ENTRIES_PER_CLIENT, lostRaces() - 1);
            first.awaitProjections();
            assertThat(first.get("/api/trainees/F-CON-2/transcript").json().get("entries"))
                    .hasSize(3 + CLIENTS * ENTRIES_PER_CLIENT);
        }
    }

    /** A losing attempt takes a ledger position before its insert fails, and leaves it unused. */
    private long lostRaces() {
        return store.queryLong("SELECT last_value FROM domain_event_entry_global_index_seq") - store.count();
    }

    /**
     * Sends both requests while the test holds the lock each write to the ledger takes (migration
     * db/events/V2), waits until both wait for it, and lets go.
     */
    private List<RunningLedger.Response> meetAtTheWriteLock(Callable<RunningLedger.Response> one,
                                                           Callable<RunningLedger.Response> other) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try (Connection lock = database.connect(); Statement statement = lock.createStatement()) {
            lock.setAutoCommit(false);
            statement.execute("SELECT pg_advisory_xact_lock(hashtext('cartledger:ledger-writes'))");
            Future<RunningLedger.Response> first = clients.submit(one);
            Future<RunningLedger.Response> second = clients.submit(other);
            Instant deadline = Instant.now().plusSeconds(30);
            while (store.queryLong("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
                    + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())") < 2) {
                assertThat(Instant.now()).as("both commands waiting at the write lock").isBefore(deadline);
                Thread.sleep(20);
            }
            lock.rollback();
            return List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS));
        } finally {
            clients.shutdown();
        }
    }

    /** Every client sends its entries one after another; the clients start together, alternating between ledgers. */
    private static Collection<RunningLedger.Response> recordAtOnce(String traineeId, List<RunningLedger> ledgers) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch start = new CountDownLatch(1);
        Collection<RunningLedger.Response> answers = new ConcurrentLinkedQueue<>();
        List<Future<?>> done = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            RunningLedger ledger = ledgers.get(client % ledgers.size());
            done.add(clients.submit(() -> {
                start.await();
                for (int i = 0; i < ENTRIES_PER_CLIENT; i++) {
                    answers.add(ledger.post("/api/trainees/" + traineeId + "/attendance",
                            Requests.attendance("DAILY_CLINICAL_ROUNDS", false), "fac-wang", "FACULTY"));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> client : done) {
            client.get(60, TimeUnit.SECONDS);
        }
        clients.shutdown();
        return answers;
    }

    private void assertEveryEntryRecordedOnce(String traineeId, Collection<RunningLedger.Response> answers, int recordedBefore) {
        int sent = CLIENTS * ENTRIES_PER_CLIENT;
        assertThat(answers).hasSize(sent).allSatisfy(answer -> assertThat(answer.status()).as(answer.toString()).isEqualTo(201));
        List<String> entryIds = answers.stream().map(answer -> answer.json().get("entryId").asString()).distinct().toList();
        assertThat(entryIds).hasSize(sent);
        long expected = 1 + recordedBefore + sent;
        String ofTrainee = " FROM domain_event_entry WHERE aggregate_identifier = '" + traineeId + "'";
        assertThat(store.queryLong("SELECT count(*)" + ofTrainee)).isEqualTo(expected);
        assertThat(store.queryLong("SELECT count(DISTINCT convert_from(payload, 'UTF8')::jsonb->>'entryId')" + ofTrainee))
                .isEqualTo(expected);
        assertThat(store.queryLong("SELECT max(sequence_number)" + ofTrainee)).isEqualTo(expected - 1);
        for (String entryId : entryIds) {
            assertThat(store.queryLong("SELECT count(*)" + ofTrainee
                    + " AND convert_from(payload, 'UTF8')::jsonb->>'entryId' = '" + entryId + "'")).isEqualTo(1);
        }
    }
}
