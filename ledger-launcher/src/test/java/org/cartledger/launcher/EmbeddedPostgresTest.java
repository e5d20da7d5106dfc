package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The newcomer's path: no database configured, so the ledger starts PostgreSQL itself, keeps its
 * data in the directory it was given, and finds it there again after a restart. That PostgreSQL is
 * durable: every commit is flushed to disk before the ledger answers, and a new cluster checksums
 * its data pages.
 */
class EmbeddedPostgresTest {

    @TempDir
    Path dataDirectory;

    @Test
    void withNoDatabaseConfiguredTheLedgerRunsOnItsOwnPostgresAndKeepsTheDataAcrossRestarts() throws IOException {
        Map<String, Object> settings = Map.of(
                "ledger.embedded-postgres.data-directory", dataDirectory.resolve("postgres").toString(),
                "ledger.embedded-postgres.port", freePort());

        try (RunningLedger ledger = RunningLedger.start(settings)) {
            assertThat(ledger.post("/api/trainees", Requests.enrollFellow("F-EMB-1")).status()).isEqualTo(201);
            ledger.awaitProjections();
        }
        assertThat(Files.exists(dataDirectory.resolve("postgres").resolve("PG_VERSION"))).isTrue();

        try (RunningLedger restarted = RunningLedger.start(settings)) {
            restarted.awaitProjections();
            assertThat(restarted.get("/api/cohort").json().get("trainees"))
                    .extracting(t -> t.get("traineeId").asString()).containsExactly("F-EMB-1");
        }
    }

    @Test
    void theEmbeddedPostgresFlushesEveryCommitToDiskAndChecksumsTheDataPagesOfANewCluster() throws IOException, SQLException {
        int port = freePort();
        Map<String, Object> settings = Map.of(
                "ledger.embedded-postgres.data-directory", dataDirectory.resolve("postgres").toString(),
                "ledger.embedded-postgres.port", port);

        try (RunningLedger ledger = RunningLedger.start(settings)) {
            assertThat(show(port, "fsync")).isEqualTo("on");
            assertThat(show(port, "synchronous_commit")).isEqualTo("on");
            assertThat(show(port, "full_page_writes")).isEqualTo("on");
            assertThat(show(port, "data_checksums")).isEqualTo("on");
            assertThat(ledger.post("/api/trainees", Requests.enrollFellow("F-EMB-2")).status()).isEqualTo(201);
        }
        try (RunningLedger restarted = RunningLedger.start(settings)) {
            assertThat(show(port, "data_checksums")).as("checksums stay on for the cluster's life").isEqualTo("on");
            assertThat(show(port, "fsync")).isEqualTo("on");
        }
    }

    static String show(int port, String setting) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SHOW " + setting)) {
            rows.next();
            return rows.getString(1);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
