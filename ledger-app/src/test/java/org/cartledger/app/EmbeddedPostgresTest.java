package org.cartledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The newcomer's path: no database configured, so the ledger starts PostgreSQL itself, keeps its
 * data in the directory it was given, and finds it there again after a restart.
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

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
