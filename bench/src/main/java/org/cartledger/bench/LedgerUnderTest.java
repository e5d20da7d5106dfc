package org.cartledger.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The ledger as an operator runs it: {@code java -Xmx512m -jar ledger-launcher.jar} in a process of its
 * own, configured by environment variables only, on the bench's database. Its CPU time and memory are
 * the kernel's figures for that process, not the bench's.
 */
final class LedgerUnderTest implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private final Process process;
    private final Path log;
    private final LedgerClient client;
    private final Instant launchedAt;

    private LedgerUnderTest(Process process, Path log, LedgerClient client, Instant launchedAt) {
        this.process = process;
        this.log = log;
        this.client = client;
        this.launchedAt = launchedAt;
    }

    /**
     * Starts the ledger and waits until it takes requests. The key directory (the tree-head signing key)
     * and the admin password stay the same across restarts of one run.
     */
    static LedgerUnderTest start(Path ledgerJar, BenchDatabase database, Path workDirectory, String adminPassword, String logName) {
        int port = freePort();
        Path log = workDirectory.resolve(logName);
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", ledgerJar.toAbsolutePath().toString()))
                .directory(workDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        environment.put("SPRING_DATASOURCE_URL", database.url());
        environment.put("SPRING_DATASOURCE_USERNAME", database.user());
        environment.put("SPRING_DATASOURCE_PASSWORD", database.password());
        environment.put("PORT", Integer.toString(port));
        environment.put("LEDGER_SECURITY_ADMIN_PASSWORD", adminPassword);
        environment.put("LEDGER_INTEGRITY_KEY_DIRECTORY", keyDirectory(workDirectory).toString());
        Instant launchedAt = Instant.now();
        try {
            Process process = builder.start();
            LedgerUnderTest ledger = new LedgerUnderTest(process, log, new LedgerClient("http://127.0.0.1:" + port), launchedAt);
            ledger.awaitReady();
            return ledger;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ledger's key directory in the run's work directory: its signing key and its writer key. */
    static Path keyDirectory(Path workDirectory) {
        return workDirectory.resolve("keys");
    }

    LedgerClient client() {
        return client;
    }

    long pid() {
        return process.pid();
    }

    Instant launchedAt() {
        return launchedAt;
    }

    double cpuMillis() {
        return ProcessStats.cpuMillis(pid());
    }

    long rssBytes() {
        return ProcessStats.rssBytes(pid());
    }

    /** SIGTERM, as an operator stops it, and SIGKILL if it has not stopped within half a minute. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The ledger ended before it was ready; its log: " + log + "\n" + tailOfLog());
            }
            if (client.isReady()) {
                return;
            }
            Pause.millis(100);
        }
        close();
        throw new IllegalStateException("The ledger was not ready within " + START_TIMEOUT + "; its log: " + log + "\n" + tailOfLog());
    }

    String tailOfLog() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
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
}
