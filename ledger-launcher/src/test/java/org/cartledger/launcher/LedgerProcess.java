package org.cartledger.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cartledger.testing.TestDatabase;

/**
 * The ledger in an operating-system process of its own, started with {@code java} on the test's
 * class path and a database the test chooses: for what cannot happen inside the test's JVM, such as
 * a hard kill, or a second ledger with an identity of its own. Talk to it through {@link #client()}.
 */
final class LedgerProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final Path log;
    private final RunningLedger client;

    private LedgerProcess(Process process, Path log, RunningLedger client) {
        this.process = process;
        this.log = log;
        this.client = client;
    }

    /** Starts a ledger on the database and waits until it is ready; the key directory keeps its signing key across restarts. */
    static LedgerProcess start(TestDatabase database, Path keyDirectory, Map<String, String> properties) {
        return launch(List.of(
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password="), keyDirectory, properties);
    }

    /** Starts a ledger on the embedded default: its own PostgreSQL on this data directory and port. */
    static LedgerProcess startEmbedded(Path dataDirectory, int postgresPort, Path keyDirectory) {
        return launch(List.of(
                "--ledger.embedded-postgres.data-directory=" + dataDirectory,
                "--ledger.embedded-postgres.port=" + postgresPort), keyDirectory, Map.of());
    }

    private static LedgerProcess launch(List<String> database, Path keyDirectory, Map<String, String> properties) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                LedgerApplication.class.getName(),
                "--server.port=" + port,
                "--ledger.integrity.key-directory=" + keyDirectory));
        command.addAll(database);
        command.addAll(RunningLedger.securityArguments());
        properties.forEach((name, value) -> command.add("--" + name + "=" + value));
        try {
            Path log = Files.createTempFile("ledger-process-", ".log");
            log.toFile().deleteOnExit();
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            LedgerProcess ledger = new LedgerProcess(process, log, RunningLedger.at("http://127.0.0.1:" + port));
            ledger.awaitReady();
            return ledger;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    RunningLedger client() {
        return client;
    }

    long pid() {
        return process.pid();
    }

    /** SIGKILL, as the kernel's OOM killer or a pulled plug would: no shutdown hook, no flush, no goodbye. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * SIGTERM, as systemd, Docker or Kubernetes stop a service: the process shuts down in order.
     * Returns its exit status (143 for a JVM that ended on SIGTERM), or fails if it is still running after the timeout.
     */
    int terminate(Duration timeout) {
        process.destroy();
        try {
            if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                throw new AssertionError("The ledger process did not stop within " + timeout + " of SIGTERM:\n" + tailOfLog());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Everything the process has written to standard output and error so far. */
    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("The ledger process ended before it was ready:\n" + tailOfLog());
            }
            try {
                if (client.get("/actuator/health/readiness").status() == 200) {
                    return;
                }
            } catch (IllegalStateException notListeningYet) {
                // the port opens once the application has started
            }
            pause();
        }
        close();
        throw new AssertionError("The ledger process was not ready within " + START_TIMEOUT + ":\n" + tailOfLog());
    }

    private String tailOfLog() {
        try {
            List<String> lines = Files.readAllLines(log);
            return log + ":\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
