package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL's life beside the ledger's, with the ledger in a process of its own:
 * SIGTERM stops Axon's processors and the connection pool before the database, so nothing is cut
 * off mid-work; after a SIGKILL the server left running on the data directory is noticed, stopped
 * cleanly and started afresh, never silently reused. Either way every entry is there afterwards.
 */
class EmbeddedServerLifecycleTest {

    /** Spring Boot's first line on SIGTERM. */
    private static final String SHUTDOWN_BEGINS = "Commencing graceful shutdown";

    @TempDir
    Path directory;

    @Test
    void onSigtermTheLedgerStopsAxonAndItsPoolBeforeTheDatabaseAndExitsCleanly() throws Exception {
        Path data = directory.resolve("postgres");
        int postgresPort = EmbeddedPostgresTest.freePort();
        String log;
        try (LedgerProcess ledger = LedgerProcess.startEmbedded(data, postgresPort, directory.resolve("keys"))) {
            assertThat(ledger.client().post("/api/trainees", Requests.enrollFellow("F-TERM-1")).status()).isEqualTo(201);
            ledger.client().awaitProjections();

            int exit = ledger.terminate(Duration.ofSeconds(60));
            log = ledger.log();
            assertThat(exit).as("exit status after SIGTERM (143: ended on the signal, after the shutdown hooks ran)\n" + log)
                    .isIn(0, 143);
        }
        // from the shutdown on: while the server starts, the embedded driver's readiness probe is answered
        // "FATAL: the database system is starting up" by PostgreSQL itself, which says nothing of the shutdown
        assertThat(log).contains(SHUTDOWN_BEGINS);
        String shutdown = log.substring(log.indexOf(SHUTDOWN_BEGINS));
        assertThat(shutdown).as("log of the shutdown").doesNotContain("FATAL", "Timed out during shutdown", "terminating connection",
                "Connection refused", " ERROR ", "still open");
        assertThat(log).contains("shut down postmaster");
        assertThat(Files.exists(data.resolve("postmaster.pid"))).as("the server is stopped, not left running").isFalse();

        try (LedgerProcess restarted = LedgerProcess.startEmbedded(data, postgresPort, directory.resolve("keys"))) {
            assertThat(restarted.log()).doesNotContain("still running on", "not shut down cleanly");
            assertThat(entriesOf(postgresPort, "F-TERM-1")).isEqualTo(1);
            restarted.client().awaitProjections();
            assertThat(restarted.client().get("/api/cohort").json().get("trainees"))
                    .extracting(t -> t.get("traineeId").asString()).containsExactly("F-TERM-1");
        }
    }

    @Test
    void aServerLeftRunningByAKilledLedgerIsStoppedCleanlyAndStartedAfreshNotSilentlyReused() throws Exception {
        Path data = directory.resolve("postgres");
        int postgresPort = EmbeddedPostgresTest.freePort();
        long orphan;
        try (LedgerProcess ledger = LedgerProcess.startEmbedded(data, postgresPort, directory.resolve("keys"))) {
            assertThat(ledger.client().post("/api/trainees", Requests.enrollFellow("F-KILL-1")).status()).isEqualTo(201);
            ledger.kill();
        }
        orphan = postmasterPid(data);
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive))
                .as("SIGKILL leaves the server running on the data directory").contains(true);

        try (LedgerProcess restarted = LedgerProcess.startEmbedded(data, postgresPort, directory.resolve("keys"))) {
            assertThat(restarted.log())
                    .contains("An embedded PostgreSQL (process " + orphan + ") is still running on " + data)
                    .contains("Stopped the PostgreSQL left running on " + data + " (process " + orphan + ")");
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("the orphan is gone").isNotEqualTo(Optional.of(true));
            assertThat(postmasterPid(data)).as("a server of this run's own").isNotEqualTo(orphan);
            assertThat(EmbeddedPostgresTest.show(postgresPort, "fsync")).isEqualTo("on");
            assertThat(entriesOf(postgresPort, "F-KILL-1")).as("the acknowledged entry survived").isEqualTo(1);
            assertThat(restarted.terminate(Duration.ofSeconds(60))).isIn(0, 143);
        }
    }

    @Test
    void aSecondLedgerOnADataDirectoryInUseIsRefusedWithAMessage() throws Exception {
        Path data = directory.resolve("postgres");
        int postgresPort = EmbeddedPostgresTest.freePort();
        try (LedgerProcess ledger = LedgerProcess.startEmbedded(data, postgresPort, directory.resolve("keys"))) {
            long server = postmasterPid(data);
            int otherPort = EmbeddedPostgresTest.freePort();
            assertThatRefused(() -> LedgerProcess.startEmbedded(data, otherPort, directory.resolve("keys")),
                    "Another ledger is running on the data directory " + data);
            assertThat(postmasterPid(data)).as("the running ledger's server is left alone").isEqualTo(server);
            assertThat(ledger.client().post("/api/trainees", Requests.enrollFellow("F-BUSY-1")).status()).isEqualTo(201);
        }
    }

    private static void assertThatRefused(Runnable start, String message) {
        try {
            start.run();
        } catch (AssertionError refused) {
            assertThat(refused.getMessage()).contains(message);
            return;
        }
        throw new AssertionError("A second ledger started on a data directory in use");
    }

    private static long postmasterPid(Path data) throws IOException {
        return Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
    }

    private static long entriesOf(int port, String traineeId) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = '"
                     + traineeId + "'")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
